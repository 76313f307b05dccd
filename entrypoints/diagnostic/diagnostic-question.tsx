import type { FormEvent, RefObject } from 'react';
import type { Question } from '../../utils/diagnostics/diagnostic-schema';
import { type Lang, t } from '../../utils/i18n';

interface Props {
  lang: Lang;
  headingRef: RefObject<HTMLHeadingElement | null>;
  number: number;
  total: number;
  question: Question;
  chosen: string | undefined;
  onChoose(answerId: string): void;
  onPrevious(): void;
  onNext(): void;
}

/**
 * One question: its situation as the legend of a group of radio buttons (arrow keys move
 * between answers, Enter goes on). No answer is needed to go on: it then counts as « Je ne sais pas ».
 */
export function DiagnosticQuestion({ lang, headingRef, number, total, question, chosen, ...on }: Props) {
  const last = number === total;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    on.onNext();
  };
  return (
    <form aria-labelledby="diagnostic-progress" onSubmit={submit}>
      <h2 id="diagnostic-progress" ref={headingRef} tabIndex={-1}>
        {t(lang, 'diagnostic.progress', { number, total })}
      </h2>
      <fieldset className="diagnostic-question">
        <legend>{question.question[lang]}</legend>
        {question.answers.map((answer) => (
          <label key={answer.id} className="choice">
            <input
              type="radio"
              name={question.id}
              value={answer.id}
              checked={chosen === answer.id}
              onChange={() => on.onChoose(answer.id)}
            />
            {answer.text[lang]}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="button" onClick={on.onPrevious}>
          {t(lang, 'diagnostic.previous')}
        </button>
        <button type="submit" className="primary">
          {t(lang, last ? 'diagnostic.finish' : 'diagnostic.next')}
        </button>
      </div>
    </form>
  );
}
