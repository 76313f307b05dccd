import { ChoiceGroup } from '../../components/choice-group';
import { Switch } from '../../components/switch';
import { sampleCss } from '../../utils/glossary/highlight-styles';
import { type Lang, translate } from '../../utils/i18n';
import { fieldOf, type SettingName } from '../../utils/settings/settings-fields';
import { TextSetting } from './text-setting';

interface Props {
  name: SettingName;
  lang: Lang;
  value: unknown;
  /** Set by the association: shown, not changeable, with the reason read out beside it. */
  locked?: string;
  onChange(value: unknown): void;
}

/** `coachEnabled` → `settings.coach-enabled`: the words of a setting, in locales/. */
export const settingKey = (name: SettingName) => `settings.${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The choices of an enum setting, read from its schema. */
const choicesOf = (name: SettingName): string[] =>
  (fieldOf(name).schema as unknown as { options?: string[] }).options ?? [];

/** One setting as its field says: a list, radio buttons, an on/off switch, or a field to type in. */
export function SettingRow({ name, lang, value, locked, onChange }: Props) {
  const key = settingKey(name);
  const label = translate(lang, key);
  const form = fieldOf(name).form;
  const kind = form?.kind;
  if (kind === 'switch') {
    return <Switch label={label} checked={value === true} onChange={onChange} locked={locked} />;
  }
  if (kind === 'text') {
    const text = typeof value === 'string' ? value : '';
    return <TextSetting name={name} wordsKey={key} lang={lang} value={text} locked={locked} onChange={onChange} />;
  }
  const choices = choicesOf(name);
  if (kind === 'choice') {
    return (
      <>
        {/* Samples look exactly like the marks on pages: the same rules, from one place. */}
        {form?.samples ? <style>{sampleCss()}</style> : null}
        <ChoiceGroup
          legend={label}
          name={name}
          choices={choices}
          value={String(value)}
          labelOf={(choice) =>
            form?.samples ? (
              <span className={`style-sample style-${choice}`}>{translate(lang, `${key}.${choice}`)}</span>
            ) : (
              translate(lang, `${key}.${choice}`)
            )
          }
          onChange={onChange}
          locked={locked}
        />
      </>
    );
  }
  const id = `setting-${name}`;
  return (
    <div className="row">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        disabled={!!locked}
        aria-describedby={locked ? `${id}-locked` : undefined}
        value={String(value)}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {choices.map((choice) => (
          // A language's own name is read in that language.
          <option key={choice} value={choice} lang={choice === 'fr' || choice === 'en' ? choice : undefined}>
            {translate(lang, `${key}.${choice}`)}
          </option>
        ))}
      </select>
      {locked ? (
        <span id={`${id}-locked`} className="locked-note">
          {locked}
        </span>
      ) : null}
    </div>
  );
}
