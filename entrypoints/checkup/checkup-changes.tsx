import { checkupQuestions } from '../../utils/checkup/checkup-questions';
import type { Checkup } from '../../utils/checkup/checkup-record';
import { type Change, compareCheckups } from '../../utils/checkup/checkup-report';
import type { AnswerId } from '../../utils/checkup/questions-schema';
import { dateInWords } from '../../utils/date-in-words';
import { type Lang, t, tn } from '../../utils/i18n';

const SHOWN: Exclude<Change, 'same'>[] = ['better', 'worse', 'new'];

/** « Ce qui a changé depuis le … »: each answer better, worse or new since the earlier check-up; the same ones counted. */
export function CheckupChanges({ lang, earlier, later }: { lang: Lang; earlier: Checkup; later: Checkup }) {
  const changes = compareCheckups(checkupQuestions, earlier.answers, later.answers);
  const same = changes.filter((change) => change.change === 'same').length;
  const answer = (id: AnswerId | undefined) => (id ? t(lang, `checkup.answer.${id}`) : '');
  const date = dateInWords(lang, earlier.finishedAt ?? earlier.startedAt);
  return (
    <section aria-labelledby="checkup-changes">
      <h2 id="checkup-changes">{t(lang, 'checkup.changes.title', { date })}</h2>
      {SHOWN.map((kind) => {
        const mine = changes.filter((change) => change.change === kind);
        if (!mine.length) return null;
        return (
          <div key={kind} className={`checkup-change-${kind}`}>
            <h3>{tn(lang, `checkup.changes.${kind}`, mine.length)}</h3>
            <ul className="checkup-items">
              {mine.map(({ question, before, after }) => (
                <li key={question.id}>
                  {question.text[lang]}
                  <br />
                  {before
                    ? t(lang, 'checkup.changes.before-after', { before: answer(before), after: answer(after) })
                    : t(lang, 'checkup.changes.now', { after: answer(after) })}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <p>{tn(lang, 'checkup.changes.same', same)}</p>
    </section>
  );
}
