import { useEffect, useState } from 'react';
import { type Lang, translate } from '../../utils/i18n';
import { fieldOf, type SettingName } from '../../utils/settings/settings-fields';

interface Props {
  name: SettingName;
  /** The words' key (`settings.<name>`): its label, `.hint`, `.save`. */
  wordsKey: string;
  lang: Lang;
  value: string;
  locked?: string;
  onChange(value: string): void;
}

/**
 * A setting typed in a field (who to ask for help): saved with its button or Enter, checked by
 * its own schema first. A mistake is said in plain words beside the field, and nothing is saved.
 */
export function TextSetting({ name, wordsKey, lang, value, locked, onChange }: Props) {
  const [text, setText] = useState(value);
  const [error, setError] = useState('');
  useEffect(() => setText(value), [value]);
  const id = `setting-${name}`;
  const save = () => {
    const checked = fieldOf(name).schema.safeParse(text);
    if (!checked.success) {
      setError(translate(lang, checked.error.issues[0]?.message ?? ''));
      return;
    }
    setError('');
    onChange(checked.data as string);
  };
  const described = [`${id}-hint`, error ? `${id}-error` : '', locked ? `${id}-locked` : ''].filter(Boolean);
  return (
    <form
      className="row url-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label htmlFor={id}>{translate(lang, wordsKey)}</label>
      <span id={`${id}-hint`} className="muted field-hint">
        {translate(lang, `${wordsKey}.hint`)}
      </span>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        disabled={!!locked}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.join(' ')}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" disabled={!!locked}>
        {translate(lang, `${wordsKey}.save`)}
      </button>
      {error ? (
        <span id={`${id}-error`} className="alert field-error" role="alert">
          {error}
        </span>
      ) : null}
      {locked ? (
        <span id={`${id}-locked`} className="locked-note">
          {locked}
        </span>
      ) : null}
    </form>
  );
}
