import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { Icon } from './gf-icons';
import { hasOptions, KINDS, type Kind, type Question } from './gf-model';

interface Props {
  lang: Lang;
  question: Question;
  /** The question being edited: Google Forms marks it with a blue bar on its left. */
  active: boolean;
  onFocus(): void;
  onChange(question: Question): void;
  onDuplicate(): void;
  onDelete(): void;
}

/** One question in the editor: its title, its type, its options, and the footer with « Obligatoire ». */
export function QuestionCard({ lang, question: q, active, onFocus, onChange, onDuplicate, onDelete }: Props) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const setOption = (index: number, text: string) =>
    onChange({ ...q, options: q.options.map((option, i) => (i === index ? text : option)) });
  const label = q.title || tr('practice.google-forms.question');
  return (
    <fieldset className={`gf-card gf-question${active ? ' gf-active' : ''}`} onFocus={onFocus}>
      <legend className="visually-hidden">{label}</legend>
      <div className="gf-question-head">
        <input
          className="gf-question-title"
          aria-label={tr('practice.google-forms.question')}
          placeholder={tr('practice.google-forms.question')}
          value={q.title}
          onChange={(e) => onChange({ ...q, title: e.target.value })}
        />
        <select
          aria-label={tr('practice.google-forms.kind')}
          value={q.kind}
          onChange={(e) => {
            const kind = e.target.value as Kind;
            onChange({ ...q, kind, options: hasOptions(kind) && !q.options.length ? ['Option 1'] : q.options });
          }}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tr(`practice.google-forms.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {hasOptions(q.kind) ? (
        <ul className="gf-options">
          {q.options.map((option, index) => (
            <li key={index}>
              <span className={`gf-mark gf-mark-${q.kind}`} aria-hidden="true" />
              <input
                aria-label={tr('practice.google-forms.option', { n: index + 1 })}
                value={option}
                onChange={(e) => setOption(index, e.target.value)}
              />
            </li>
          ))}
          <li>
            <button
              type="button"
              className="gf-text-button"
              onClick={() => onChange({ ...q, options: [...q.options, `Option ${q.options.length + 1}`] })}
            >
              {tr('practice.google-forms.add-option')}
            </button>
          </li>
        </ul>
      ) : (
        <p className="gf-sample">
          {tr(
            q.kind === 'paragraph'
              ? 'practice.google-forms.long-answer'
              : q.kind === 'date'
                ? 'practice.google-forms.date-sample'
                : 'practice.google-forms.short-answer',
          )}
        </p>
      )}
      <div className="gf-question-foot">
        <button
          type="button"
          className="gf-icon-button"
          aria-label={tr('practice.google-forms.duplicate')}
          title={tr('practice.google-forms.duplicate')}
          onClick={onDuplicate}
        >
          <Icon name="copy" />
        </button>
        <button
          type="button"
          className="gf-icon-button"
          aria-label={tr('practice.google-forms.delete')}
          title={tr('practice.google-forms.delete')}
          onClick={onDelete}
        >
          <Icon name="trash" />
        </button>
        <button
          type="button"
          role="switch"
          aria-checked={q.required}
          className="gf-switch"
          onClick={() => onChange({ ...q, required: !q.required })}
        >
          <span>{tr('practice.google-forms.required')}</span>
          <span className="gf-track" aria-hidden="true" />
        </button>
      </div>
    </fieldset>
  );
}
