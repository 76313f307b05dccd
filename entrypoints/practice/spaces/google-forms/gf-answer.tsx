import { type Lang, t } from '../../../../utils/i18n';
import type { Question } from './gf-model';

export type Answers = Record<number, string | string[]>;

interface AnswerProps {
  lang: Lang;
  question: Question;
  value: Answers[number] | undefined;
  error: boolean;
  onAnswer(value: Answers[number]): void;
}

/** One question as a member answers it, with Google's red line and words when a required one is left empty. */
export function Answer({ lang, question: q, value, error, onAnswer }: AnswerProps) {
  const id = `gf-answer-${q.id}`;
  const title = q.title || t(lang, 'practice.google-forms.question');
  const errorId = error ? `${id}-error` : undefined;
  const common = { 'aria-describedby': errorId, 'aria-invalid': error || undefined, required: q.required };
  const star = q.required && (
    <span className="gf-star" aria-hidden="true">
      {' '}
      *
    </span>
  );
  const errorText = error && (
    <p id={errorId} className="gf-error">
      {t(lang, 'practice.google-forms.required-error')}
    </p>
  );
  if (q.kind === 'choice' || q.kind === 'checkbox') {
    const many = q.kind === 'checkbox';
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    return (
      <fieldset className={`gf-card${error ? ' gf-invalid' : ''}`} aria-describedby={errorId}>
        <legend className="gf-answer-title">
          {title}
          {star}
        </legend>
        {q.options.map((option, index) => (
          <label key={option} className="gf-choice">
            <input
              id={index === 0 ? id : undefined}
              type={many ? 'checkbox' : 'radio'}
              name={id}
              checked={chosen.includes(option)}
              onChange={(e) =>
                onAnswer(many ? (e.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option)) : option)
              }
            />
            {option}
          </label>
        ))}
        {errorText}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  return (
    <div className={`gf-card${error ? ' gf-invalid' : ''}`}>
      <label htmlFor={id} className="gf-answer-title">
        {title}
        {star}
      </label>
      {q.kind === 'paragraph' ? (
        <textarea id={id} {...common} value={text} onChange={(e) => onAnswer(e.target.value)} />
      ) : q.kind === 'dropdown' ? (
        <select id={id} {...common} value={text} onChange={(e) => onAnswer(e.target.value)}>
          <option value="">{t(lang, 'practice.google-forms.choose')}</option>
          {q.options.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          {...common}
          type={q.kind === 'date' ? 'date' : 'text'}
          placeholder={t(lang, 'practice.google-forms.your-answer')}
          value={text}
          onChange={(e) => onAnswer(e.target.value)}
        />
      )}
      {errorText}
    </div>
  );
}
