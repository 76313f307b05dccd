import { useState } from 'react';
import { ChoiceGroup } from '../../components/choice-group';
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
          disabled={!!lockNote('language')}
          aria-describedby={lockNote('language') ? 'language-locked' : undefined}
          value={settings.language}
          onChange={(event) => save({ language: event.currentTarget.value as LanguageSetting })}
        >
          {languageChoices.map((choice) => (
            <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
              {t(lang, `options.language.${choice}`)}
            </option>
          ))}
        </select>
        {lockNote('language') ? (
          <span id="language-locked" className="locked-note">
            {lockNote('language')}
          </span>
        ) : null}
      </div>
      <ChoiceGroup
        legend={t(lang, 'options.level')}
        name="level"
        choices={levels}
        value={settings.level}
        labelOf={(level) => t(lang, `options.level.${level}`)}
        onChange={(level) => save({ level })}
        locked={lockNote('level')}
      />
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
        <ChoiceGroup
          legend={t(lang, 'options.glossary-style')}
          name="glossary-style"
          choices={glossaryStyles}
          value={settings.glossaryStyle}
          labelOf={(style) => (
            <span className={`style-sample style-${style}`}>{t(lang, `options.glossary-style.${style}`)}</span>
          )}
          onChange={(glossaryStyle) => save({ glossaryStyle })}
          locked={lockNote('glossaryStyle')}
        />
      ) : null}
      <p role="status" className="muted">
        {saved}
      </p>
    </section>
  );
}
