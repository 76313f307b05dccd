import { t } from '../../utils/i18n';
import type { LearnedItem } from '../../utils/progress/learned';
import type { PracticeProgress } from '../../utils/storage/local-items';
import { exercisesOf } from './exercises';

/** The exercises done on the practice spaces, as "What I have learned" lists them (under their tool). */
export function exercisesLearned(progress: PracticeProgress): { tool: string; item: LearnedItem }[] {
  return Object.entries(exercisesOf).flatMap(([tool, exercises]) =>
    exercises.flatMap((exercise) => {
      const done = progress.exercises[exercise.id];
      if (!done?.done) return [];
      const title = { fr: t('fr', exercise.words.task), en: t('en', exercise.words.task) };
      return [{ tool, item: { key: `exercise:${exercise.id}`, kind: 'exercise' as const, title, at: done.at } }];
    }),
  );
}
