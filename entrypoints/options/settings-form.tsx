import { useState } from 'react';
import { useSettings, useSettingsEditor } from '../../hooks/use-settings';
import { type Lang, t } from '../../utils/i18n';
import { fieldOf, type SettingName, settingNames } from '../../utils/settings/settings-fields';
import type { SettingsPatch } from '../../utils/settings/settings-schema';
import { SettingRow } from './setting-row';

/**
 * Every setting that settings-fields.ts gives a form row, in its order. Each change is saved at
 * once and confirmed politely; what the association's policy locks is shown, not changeable.
 */
export function SettingsForm({ lang }: { lang: Lang }) {
  const [saved, setSaved] = useState('');
  const [settings, update] = useSettingsEditor();
  const { locked } = useSettings();
  const save = (patch: SettingsPatch) => void update(patch).then(() => setSaved(t(lang, 'options.saved')));
  const shown = (name: SettingName) => {
    const when = fieldOf(name).form?.shownWhen as SettingName | undefined;
    return !!fieldOf(name).form && (!when || settings[when] === true);
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t(lang, 'options.settings')}</h2>
      {settingNames.filter(shown).map((name) => (
        <SettingRow
          key={name}
          name={name}
          lang={lang}
          value={settings[name]}
          locked={locked.has(name as never) ? t(lang, 'policy.locked') : undefined}
          onChange={(value) => save({ [name]: value })}
        />
      ))}
      <p role="status" className="muted">
        {saved}
      </p>
    </section>
  );
}
