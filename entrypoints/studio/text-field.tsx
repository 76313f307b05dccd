import { t, tn } from '../../utils/i18n';
import { fieldId } from '../../utils/studio/draft-errors';
import type { Localized } from '../../utils/studio/draft-model';
import { DRAFT_TEXT_MAX } from '../../utils/studio/draft-model';
import { MarkupButtons } from './markup-buttons';
import { shownLanguages, useStudioForm } from './studio-form';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  max?: number;
  multiline?: boolean;
  markup?: boolean;
  /** The language the text is written in, for screen readers and spelling. */
  textLang?: string;
  type?: 'text' | 'url';
  hint?: string;
}

/** One labelled field; its limit and its mistake are read with it (aria-describedby). */
export function TextField({ id, label, value, onChange, max, multiline, markup, textLang, type, hint }: FieldProps) {
  const { lang, errorOf } = useStudioForm();
  const error = errorOf(id);
  const notes = [hint || max ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    maxLength: DRAFT_TEXT_MAX,
    lang: textLang,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': notes || undefined,
  };
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      {hint || max ? (
        <span id={`${id}-hint`} className="muted field-hint">
          {[hint, max ? tn(lang, 'studio.max', max) : ''].filter(Boolean).join(' ')}
        </span>
      ) : null}
      {markup ? <MarkupButtons target={id} value={value} onChange={onChange} label={label} /> : null}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.currentTarget.value)} />
      ) : (
        <input
          {...common}
          type={type ?? 'text'}
          inputMode={type === 'url' ? 'url' : undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface LocalizedProps extends Omit<FieldProps, 'id' | 'value' | 'onChange' | 'textLang'> {
  base: string;
  value: Localized;
  onChange(value: Localized): void;
}

/** A text in the pack's languages: one field per language on screen, each named by its language when there are two. */
export function LocalizedField({ base, label, value, onChange, ...rest }: LocalizedProps) {
  const { lang, languages } = useStudioForm();
  const shown = shownLanguages(languages);
  return (
    <>
      {shown.map((language) => (
        <TextField
          key={language}
          {...rest}
          id={fieldId(base, language)}
          textLang={language}
          label={
            shown.length > 1
              ? t(lang, 'studio.in-language', { label, language: t(lang, `studio.in.${language}`) })
              : label
          }
          value={value[language]}
          onChange={(typed) => onChange({ ...value, [language]: typed })}
        />
      ))}
    </>
  );
}
