import { checkupQuestions } from '../../utils/checkup/checkup-questions';
import type { Checkup } from '../../utils/checkup/checkup-record';
import { dateInWords } from '../../utils/date-in-words';
import { type Lang, t, tn } from '../../utils/i18n';
import { CheckupFiles } from './checkup-files';

interface Props {
  lang: Lang;
  checkups: Checkup[];
  unfinished: Checkup | undefined;
  onStart(): void;
  onResume(checkup: Checkup): void;
  onReport(startedAt: number): void;
}

/** What the check-up is, who it is for, that nothing leaves the computer; then start, go on, or read a past report. */
export function CheckupHome({ lang, checkups, unfinished, onStart, onResume, onReport }: Props) {
  const finished = checkups.filter((checkup) => checkup.finishedAt !== undefined);
  const total = checkupQuestions.questions.length;
  return (
    <>
      <p className="lead">{t(lang, 'checkup.intro.lead')}</p>
      <ul>
        <li>{t(lang, 'checkup.intro.who')}</li>
        <li>{tn(lang, 'checkup.intro.time', total)}</li>
        <li>{t(lang, 'checkup.intro.private')}</li>
        <li>{t(lang, 'checkup.intro.later')}</li>
      </ul>
      <p>
        {unfinished ? (
          <button type="button" className="primary" onClick={() => onResume(unfinished)}>
            {tn(lang, 'checkup.resume', Object.keys(unfinished.answers).length, { total })}
          </button>
        ) : (
          <button type="button" className="primary" onClick={onStart}>
            {t(lang, finished.length ? 'checkup.start-again' : 'checkup.start')}
          </button>
        )}
      </p>

      <h2>{t(lang, 'checkup.past.title')}</h2>
      {finished.length ? (
        <ul className="plain-list checkup-past">
          {finished.map((checkup) => (
            <li key={checkup.startedAt}>
              <button type="button" onClick={() => onReport(checkup.startedAt)}>
                {t(lang, 'checkup.past.open', { date: dateInWords(lang, checkup.finishedAt ?? checkup.startedAt) })}
              </button>
              {checkup.association ? <span className="muted"> {checkup.association}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t(lang, 'checkup.past.none')}</p>
      )}

      <CheckupFiles lang={lang} checkups={checkups} />
    </>
  );
}
