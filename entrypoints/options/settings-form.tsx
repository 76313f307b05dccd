import { useState } from 'react';
import { Switch } from '../../components/switch';
import { useSettingsEditor } from '../../components/use-lang';
import { usePolicy } from '../../components/use-policy';
import { type Lang, type LanguageSetting, t } from '../../utils/i18n';
import { levels } from '../../utils/packs/pack-schema';
import { type LockableSetting, lockedKeys } from '../../utils/policy/managed';
import { glossaryStyles, type Settings } from '../../utils/storage-items';

const languageChoices: LanguageSetting[] = ['auto', 'fr', 'en'];

/** Language, level and the main switch. Every change is saved at once and confirmed politely. */
export function SettingsForm({ lang }: { lang: Lang }) {
  const [saved, setSaved] = useState('');
  const [settings, update] = useSettingsEditor();
  const { policy } = usePolicy();
  const locked = lockedKeys(policy);
  const lockNote = (key: LockableSetting) => (locked.has(key) ? t(lang, 'policy.locked') : undefined);
  const save = (patch: Partial<Settings>) => void update(patch).then(() => setSaved(t(lang, 'options.saved')));

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t(lang, 'options.settings')}</h2>
      <div className="row">
        <label htmlFor="language">{t(lang, 'options.language')}</label>
        <select
          id="language"
          disabled={locked.has('language')}
          aria-describedby={locked.has('language') ? 'language-locked' : undefined}
          value={settings.language}
          onChange={(event) => save({ language: event.currentTarget.value as LanguageSetting })}
        >
          {languageChoices.map((choice) => (
            <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
              {t(lang, `options.language.${choice}`)}
            </option>
          ))}
        </select>
        {locked.has('language') ? (
          <span id="language-locked" className="locked-note">
            {t(lang, 'policy.locked')}
          </span>
        ) : null}
      </div>
      <fieldset disabled={locked.has('level')} aria-describedby={locked.has('level') ? 'level-locked' : undefined}>
        <legend>{t(lang, 'options.level')}</legend>
        {locked.has('level') ? (
          <p id="level-locked" className="locked-note">
            {t(lang, 'policy.locked')}
          </p>
        ) : null}
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
        locked={lockNote('coachEnabled')}
      />
      <Switch
        label={t(lang, 'options.glossary')}
        checked={settings.glossary}
        onChange={(glossary) => save({ glossary })}
        locked={lockNote('glossary')}
      />
      {settings.glossary ? (
        <fieldset
          disabled={locked.has('glossaryStyle')}
          aria-describedby={locked.has('glossaryStyle') ? 'style-locked' : undefined}
        >
          <legend>{t(lang, 'options.glossary-style')}</legend>
          {locked.has('glossaryStyle') ? (
            <p id="style-locked" className="locked-note">
              {t(lang, 'policy.locked')}
            </p>
          ) : null}
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
