import { useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { Icon } from './gf-icons';
import { type Form, type Question, question } from './gf-model';
import { QuestionCard } from './gf-question';
import { SendDialog } from './gf-send';

interface Props {
  lang: Lang;
  form: Form;
  onChange(form: Form): void;
  onPreview(): void;
}

const SECTIONS = ['questions', 'responses', 'settings'] as const;

/** The editor: the top bar (« Aperçu », « Envoyer »), its three tabs, the title card and the questions. */
export function FormEditor({ lang, form, onChange, onPreview }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  const [section, setSection] = useState<(typeof SECTIONS)[number]>('questions');
  const [active, setActive] = useState(form.questions[0]?.id ?? 0);
  const [sending, setSending] = useState(false);
  const [accepting, setAccepting] = useState(true);
  const setQuestions = (questions: Question[]) => onChange({ ...form, questions });
  const add = () => {
    const added = question('', 'choice', ['Option 1']);
    const at = form.questions.findIndex((q) => q.id === active) + 1 || form.questions.length;
    setQuestions([...form.questions.slice(0, at), added, ...form.questions.slice(at)]);
    setActive(added.id);
  };
  return (
    <div className="gf-editor">
      <div className="gf-header">
        <span className="gf-logo">
          <Icon name="form" />
        </span>
        <p className="gf-doc-title">{form.title}</p>
        <button
          type="button"
          className="gf-icon-button"
          aria-label={tr('practice.google-forms.preview')}
          title={tr('practice.google-forms.preview')}
          onClick={onPreview}
        >
          <Icon name="eye" />
        </button>
        <button type="button" className="gf-send" onClick={() => setSending(true)}>
          {tr('practice.google-forms.send')}
        </button>
      </div>
      <div className="gf-sections" role="tablist" aria-label={tr('practice.google-forms.sections')}>
        {SECTIONS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={section === id} onClick={() => setSection(id)}>
            {tr(`practice.google-forms.section.${id}`)}
          </button>
        ))}
      </div>
      <div className="gf-body">
        {section === 'questions' && (
          <>
            <div className="gf-card gf-title-card">
              <input
                className="gf-form-title"
                aria-label={tr('practice.google-forms.form-title')}
                value={form.title}
                onChange={(e) => onChange({ ...form, title: e.target.value })}
              />
              <input
                aria-label={tr('practice.google-forms.form-description')}
                placeholder={tr('practice.google-forms.form-description')}
                value={form.description}
                onChange={(e) => onChange({ ...form, description: e.target.value })}
              />
            </div>
            {form.questions.map((q, index) => (
              <QuestionCard
                key={q.id}
                lang={lang}
                question={q}
                active={q.id === active}
                onFocus={() => setActive(q.id)}
                onChange={(next) => setQuestions(form.questions.map((x) => (x.id === q.id ? next : x)))}
                onDuplicate={() => {
                  const copy = { ...question(q.title, q.kind, [...q.options], q.required) };
                  setQuestions([...form.questions.slice(0, index + 1), copy, ...form.questions.slice(index + 1)]);
                }}
                onDelete={() => setQuestions(form.questions.filter((x) => x.id !== q.id))}
              />
            ))}
            <div className="gf-fab">
              <button
                type="button"
                className="gf-icon-button"
                aria-label={tr('practice.google-forms.add-question')}
                title={tr('practice.google-forms.add-question')}
                onClick={add}
              >
                <Icon name="plus" />
              </button>
            </div>
          </>
        )}
        {section === 'responses' && (
          <div className="gf-card">
            <h3>{tr('practice.google-forms.no-responses')}</h3>
            <button
              type="button"
              role="switch"
              aria-checked={accepting}
              className="gf-switch"
              onClick={() => setAccepting(!accepting)}
            >
              <span>{tr('practice.google-forms.accepting')}</span>
              <span className="gf-track" aria-hidden="true" />
            </button>
          </div>
        )}
        {section === 'settings' && (
          <div className="gf-card">
            <p>{tr('practice.google-forms.settings-here')}</p>
          </div>
        )}
      </div>
      {sending && <SendDialog lang={lang} onClose={() => setSending(false)} />}
    </div>
  );
}
