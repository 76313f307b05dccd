import { useState } from 'react';
import { useSettings } from '../../hooks/use-settings';
import { type Lang, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import type { Level } from '../../utils/packs/pack-schema';

/**
 * The level the diagnostic proposes, and a button to use it (the same setting as in Déclic's
 * settings). When the association fixed the level, it says so plainly instead.
 */
export function LevelChoice({ lang, proposed }: { lang: Lang; proposed: Level }) {
  const { settings, locked } = useSettings();
  const [used, setUsed] = useState(false);
  // Read once: after « Choisir ce niveau » the button stays where the focus is.
  const [already] = useState(settings.level === proposed);
  const level = t(lang, `diagnostic.level.${proposed}`);
  const use = () => void sendMessage('updateSettings', { level: proposed }).then(() => setUsed(true));
  return (
    <>
      <h3>{t(lang, 'diagnostic.results.level-title')}</h3>
      <p>
        {t(lang, 'diagnostic.results.level', { level })} {t(lang, `diagnostic.level-why.${proposed}`)}
      </p>
      {locked.has('level') ? (
        <p className="locked-note">{t(lang, 'diagnostic.level-locked')}</p>
      ) : already ? (
        <p>{t(lang, 'diagnostic.level-already')}</p>
      ) : (
        <button type="button" className="primary" onClick={use}>
          {t(lang, 'diagnostic.use-level')}
        </button>
      )}
      <p role="status">{used ? t(lang, 'diagnostic.level-used', { level }) : ''}</p>
    </>
  );
}
