import { checkupQuestions } from '../../utils/checkup/checkup-questions';
import type { Checkup } from '../../utils/checkup/checkup-record';
import { type AnswerId, answerIds } from '../../utils/checkup/questions-schema';
import { type Lang, t, tn } from '../../utils/i18n';

interface Props {
  lang: Lang;
  checkup: Checkup;
  /** Whether the last change was kept (null: nothing changed yet). */
  saved: boolean | null;
  onChange(checkup: Checkup): void;
  onFinish(checkup: Checkup): void;
  onLater(): void;
}

/** The questions, by theme: one group of four choices each, kept as soon as one is chosen. */
export function CheckupQuestionsForm({ lang, checkup, saved, onChange, onFinish, onLater }: Props) {
  const { themes, questions } = checkupQuestions;
  const answered = questions.filter((question) => checkup.answers[question.id]).length;
  const answer = (id: string, value: AnswerId) =>
    onChange({ ...checkup, answers: { ...checkup.answers, [id]: value } });
  const setName = (name: string) => {
    const { association: _, ...rest } = checkup;
    onChange(name.trim() ? { ...rest, association: name } : rest);
  };

  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <p>{t(lang, 'checkup.questions.hint')}</p>
      <p className="checkup-name">
        <label htmlFor="checkup-association">{t(lang, 'checkup.association.label')}</label>
        <input
          id="checkup-association"
          type="text"
          maxLength={80}
          autoComplete="organization"
          value={checkup.association ?? ''}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </p>
      {themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.id}`}>
          <h2 id={`theme-${theme.id}`}>{theme.title[lang]}</h2>
          {questions
            .filter((question) => question.theme === theme.id)
            .map((question) => (
              <fieldset key={question.id} className="checkup-question">
                <legend>{question.text[lang]}</legend>
                <div className="checkup-choices">
                  {answerIds.map((id) => (
                    <label key={id} className="choice">
                      <input
                        type="radio"
                        name={question.id}
                        value={id}
                        checked={checkup.answers[question.id] === id}
                        onChange={() => answer(question.id, id)}
                      />
                      {t(lang, `checkup.answer.${id}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
        </section>
      ))}
      <div className="checkup-actions">
        <p role="status">
          {tn(lang, 'checkup.progress', answered, { total: questions.length })}{' '}
          {saved === false ? t(lang, 'checkup.not-saved') : saved ? t(lang, 'checkup.saved') : ''}
        </p>
        <p className="row">
          <button type="button" className="primary" onClick={() => onFinish(checkup)} disabled={!answered}>
            {t(lang, 'checkup.see-report')}
          </button>
          <button type="button" onClick={onLater}>
            {t(lang, 'checkup.later')}
          </button>
        </p>
      </div>
    </form>
  );
}
