import { t, tn } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import type { StudioDraft } from '../../utils/studio/draft-model';
import { localDate } from '../../utils/studio/draft-to-pack';
import { type DraftExport, exportDraft } from '../../utils/studio/export-draft';
import { useStudioForm } from './studio-form';
import { usePointingContext } from './use-pointing';

interface Props {
  draft: StudioDraft;
  /** A refused try shows the same mistakes as a refused export. */
  onChecked(result: DraftExport): void;
}

/**
 * Where the studio says what happens in the tool's tab (waiting for a click, recording, trying),
 * with the button to stop it; and « Essayer sur la page »: the draft shown there as a volunteer
 * will see it, checked by the loader first, installed nowhere.
 */
export function StudioTry({ draft, onChecked }: Props) {
  const { lang } = useStudioForm();
  const studio = usePointingContext();
  if (!studio) return null;
  const { pointing, trial, message } = studio;
  const tryIt = () => {
    const made = exportDraft(draft, lang, localDate(new Date()));
    onChecked(made);
    if (!made.ok) return studio.say(t(lang, 'studio.try-refused'));
    // The file as it would be exported: the background checks it as any import.
    void sendMessage('studioTry', { pack: JSON.parse(made.json), lang }).then(
      (answer) => {
        if (answer.ok) studio.say('');
        else studio.say(t(lang, answer.refused ? 'studio.try-refused' : 'studio.pointing.no-tab'));
      },
      () => studio.say(t(lang, 'studio.pointing.no-tab')),
    );
  };
  const stopTrial = () =>
    void sendMessage('studioEndTrial', undefined)
      .catch(() => undefined)
      .then(() => studio.say(t(lang, 'studio.try-stopped')));
  const status = pointing
    ? pointing.mode === 'record'
      ? tn(lang, 'studio.pointing.record', pointing.recorded, { title: pointing.title })
      : t(lang, 'studio.pointing.point', { title: pointing.title })
    : '';
  return (
    <section aria-labelledby="studio-try" className="studio-try">
      <h2 id="studio-try">{t(lang, 'studio.try')}</h2>
      <p className="muted">{t(lang, 'studio.try-intro')}</p>
      <div className="row">
        <button type="button" onClick={tryIt}>
          {t(lang, 'studio.try-button')}
        </button>
        {trial ? (
          <button type="button" onClick={stopTrial}>
            {t(lang, 'studio.try-stop')}
          </button>
        ) : null}
      </div>
      <div role="status" className="studio-pointing">
        {trial ? <p>{t(lang, 'studio.try-on', { title: trial.title })}</p> : null}
        {status ? <p>{status}</p> : null}
        {message ? <p>{message}</p> : null}
      </div>
      {/* Outside the live region: a screen reader announces the news, not the button. */}
      {status ? (
        <button type="button" onClick={studio.stop}>
          {t(lang, 'studio.pointing.stop')}
        </button>
      ) : null}
    </section>
  );
}
