import { useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { Answer, type Answers } from './gf-answer';
import type { Form } from './gf-model';

const filled = (answer: Answers[number] | undefined) => (Array.isArray(answer) ? answer.length > 0 : !!answer?.trim());

/** The form as a member sees it, to fill in and submit: the answer stays here, nothing is sent. */
export function Preview({ lang, form }: { lang: Lang; form: Form }) {
  const tr = (key: MessageKey) => t(lang, key);
  const [answers, setAnswers] = useState<Answers>({});
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState(false);
  const missing = form.questions.filter((q) => q.required && !filled(answers[q.id]));
  const set = (id: number, value: Answers[number]) => setAnswers({ ...answers, [id]: value });
  const reset = () => {
    setAnswers({});
    setTried(false);
    setSent(false);
  };

  if (sent) {
    return (
      <div className="gf-respondent">
        <div className="gf-card gf-title-card">
          <h3>{form.title}</h3>
          <p role="status">{tr('practice.google-forms.recorded')}</p>
          <p className="gf-note">{tr('practice.google-forms.nothing-sent')}</p>
          <button type="button" className="gf-text-button" onClick={reset}>
            {tr('practice.google-forms.another')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <form
      className="gf-respondent"
      aria-labelledby="gf-preview-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (missing.length) document.getElementById(`gf-answer-${missing[0]?.id}`)?.focus();
        else setSent(true);
      }}
    >
      <div className="gf-card gf-title-card">
        <h3 id="gf-preview-title">{form.title}</h3>
        {form.description && <p>{form.description}</p>}
        {form.questions.some((q) => q.required) && (
          <p className="gf-required-note">{tr('practice.google-forms.required-note')}</p>
        )}
      </div>
      {form.questions.map((q) => (
        <Answer
          key={q.id}
          lang={lang}
          question={q}
          value={answers[q.id]}
          error={tried && missing.includes(q)}
          onAnswer={(v) => set(q.id, v)}
        />
      ))}
      <div className="gf-submit-row">
        <button type="submit" className="gf-send">
          {tr('practice.google-forms.submit')}
        </button>
        <button type="button" className="gf-text-button" onClick={reset}>
          {tr('practice.google-forms.clear')}
        </button>
      </div>
    </form>
  );
}
