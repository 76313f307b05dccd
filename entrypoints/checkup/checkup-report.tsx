import { checkupQuestions } from '../../utils/checkup/checkup-questions';
import type { Checkup } from '../../utils/checkup/checkup-record';
import { checkupReport, riskLevel } from '../../utils/checkup/checkup-report';
import type { GuideInfo } from '../../utils/checkup/next-step-links';
import { dateInWords } from '../../utils/date-in-words';
import { type Lang, t, tn } from '../../utils/i18n';
import { CheckupChanges } from './checkup-changes';
import { NextSteps } from './next-steps';

interface Props {
  lang: Lang;
  checkup: Checkup;
  /** The check-up finished before this one, to say what changed. */
  earlier: Checkup | undefined;
  guides: ReadonlyMap<string, GuideInfo>;
  onBack(): void;
}

/** The report, on screen and on paper: strengths, risks (heaviest first), next steps, what changed. */
export function CheckupReportView({ lang, checkup, earlier, guides, onBack }: Props) {
  const report = checkupReport(checkupQuestions, checkup.answers);
  const date = dateInWords(lang, checkup.finishedAt ?? checkup.startedAt);
  return (
    <>
      <header className="checkup-report-header">
        {checkup.association ? <p className="checkup-association">{checkup.association}</p> : null}
        <p>{t(lang, 'checkup.report.date', { date })}</p>
      </header>
      <p className="row no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t(lang, 'checkup.print')}
        </button>
        <button type="button" onClick={onBack}>
          {t(lang, 'checkup.back')}
        </button>
      </p>
      <p className="muted no-print">{t(lang, 'checkup.print.hint')}</p>

      <section aria-labelledby="checkup-strengths">
        <h2 id="checkup-strengths">{tn(lang, 'checkup.strengths.title', report.strengths.length)}</h2>
        {report.strengths.length ? (
          <ul className="checkup-items">
            {report.strengths.map((question) => (
              <li key={question.id}>{question.text[lang]}</li>
            ))}
          </ul>
        ) : (
          <p>{t(lang, 'checkup.strengths.none')}</p>
        )}
      </section>

      <section aria-labelledby="checkup-risks">
        <h2 id="checkup-risks">{tn(lang, 'checkup.risks.title', report.risks.length)}</h2>
        {report.risks.length ? (
          <ol className="checkup-items checkup-risks">
            {report.risks.map(({ question, answer, score }) => (
              <li key={question.id}>
                <span className="checkup-question-text">{question.text[lang]}</span>{' '}
                <span className={`checkup-level checkup-level-${riskLevel(score)}`}>
                  {t(lang, `checkup.level.${riskLevel(score)}`)}
                </span>
                <br />
                {t(lang, 'checkup.risks.answer', { answer: t(lang, `checkup.answer.${answer}`) })}
                <br />
                <span className="muted">{t(lang, 'checkup.risks.source', { source: question.source.title })}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p>{t(lang, 'checkup.risks.none')}</p>
        )}
      </section>

      {report.risks.length ? <NextSteps lang={lang} risks={report.risks} guides={guides} /> : null}
      {report.unanswered.length ? (
        <p className="muted">{tn(lang, 'checkup.unanswered', report.unanswered.length)}</p>
      ) : null}
      {earlier ? <CheckupChanges lang={lang} earlier={earlier} later={checkup} /> : null}
      <p className="muted checkup-footer">{t(lang, 'checkup.report.footer')}</p>
    </>
  );
}
