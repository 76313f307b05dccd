import { useState } from 'react';
import { Switch } from '../../components/switch';
import { useSettingsEditor } from '../../components/use-lang';
import { type Lang, type LanguageSetting, t } from '../../utils/i18n';
import { levels } from '../../utils/packs/pack-schema';
import { glossaryStyles, type Settings } from '../../utils/storage-items';

const languageChoices: LanguageSetting[] = ['auto', 'fr', 'en'];

/** Language, level and the main switch. Every change is saved at once and confirmed politely. */
export function SettingsForm({ lang }: { lang: Lang }) {
  const [saved, setSaved] = useState('');
  const [settings, update] = useSettingsEditor();
  const save = (patch: Partial<Settings>) => void update(patch).then(() => setSaved(t(lang, 'options.saved')));

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t(lang, 'options.settings')}</h2>
      <div className="row">
        <label htmlFor="language">{t(lang, 'options.language')}</label>
        <select
          id="language"
          value={settings.language}
          onChange={(event) => save({ language: event.currentTarget.value as LanguageSetting })}
        >
          {languageChoices.map((choice) => (
            <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
              {t(lang, `options.language.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t(lang, 'options.level')}</legend>
        {levels.map((level) => (
          <label key={level} className="choice">
            <input
              type="radio"
              name="level"
              value={level}
              checked={settings.level === level}
              onChange={() => save({ level })}
            />
            {t(lang, `options.level.${level}`)}
          </label>
        ))}
      </fieldset>
      <Switch
        label={t(lang, 'options.coach')}
        checked={settings.coachEnabled}
        onChange={(coachEnabled) => save({ coachEnabled })}
      />
      <Switch
        label={t(lang, 'options.glossary')}
        checked={settings.glossary}
        onChange={(glossary) => save({ glossary })}
      />
      {settings.glossary ? (
        <fieldset>
          <legend>{t(lang, 'options.glossary-style')}</legend>
          {glossaryStyles.map((style) => (
            <label key={style} className="choice">
              <input
                type="radio"
                name="glossary-style"
                value={style}
                checked={settings.glossaryStyle === style}
                onChange={() => save({ glossaryStyle: style })}
              />
              <span className={`style-sample style-${style}`}>{t(lang, `options.glossary-style.${style}`)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <p role="status" className="muted">
        {saved}
      </p>
    </section>
  );
}
