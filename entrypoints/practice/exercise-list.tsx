import { dateInWords } from '../../utils/date-in-words';
import { type Lang, t } from '../../utils/i18n';
import type { PracticeProgress } from '../../utils/storage/local-items';
import type { Exercise } from './space-api';

/** The latest try of each exercise on this page: done as asked, or not right yet. */
export type Tried = Record<string, boolean>;

interface Props {
  lang: Lang;
  exercises: readonly Exercise[];
  tried: Tried;
  progress: PracticeProgress;
}

/**
 * The space's exercises, each checked on what the volunteer does in the imitation. A try that is
 * not right yet brings a hint, said politely to screen readers; never a score.
 */
export function ExerciseList({ lang, exercises, tried, progress }: Props) {
  if (!exercises.length) return null;
  return (
    <section aria-labelledby="practice-exercises" className="practice-exercises">
      <h2 id="practice-exercises">{t(lang, 'practice.exercises')}</h2>
      <ol className="plain-list">
        {exercises.map((exercise) => {
          const now = tried[exercise.id];
          const before = progress.exercises[exercise.id];
          return (
            <li key={exercise.id} className="card exercise" data-exercise={exercise.id}>
              <p className="exercise-task">{t(lang, exercise.words.task)}</p>
              <p role="status" className={now === false ? 'exercise-result not-yet' : 'exercise-result'}>
                {now === true ? (
                  <>
                    <strong>{t(lang, 'practice.exercise.done')}</strong> {t(lang, exercise.words.done)}
                  </>
                ) : now === false ? (
                  <>
                    <strong>{t(lang, 'practice.exercise.not-yet')}</strong> {t(lang, exercise.words.hint)}{' '}
                    {t(lang, 'practice.exercise.again')}
                  </>
                ) : before?.done ? (
                  t(lang, 'practice.exercise.done-before', { when: dateInWords(lang, before.at) })
                ) : (
                  t(lang, 'practice.exercise.todo')
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
