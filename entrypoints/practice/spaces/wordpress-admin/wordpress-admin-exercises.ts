import type { Exercise } from '../../space-api';

/** Titles compared as a volunteer types them: case, accents, apostrophes and spaces aside. */
export const sameTitle = (typed: string, wanted: string) => {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[‘’ʼ`]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return plain(typed) === plain(wanted);
};

/** The page the exercise asks for, as the task words it in each language. */
const FESTIVAL = ['Fête de l’été', 'Summer party'];

export const exercises: Exercise[] = [
  {
    id: 'wordpress-admin-draft-first',
    words: {
      task: 'practice.wordpress-admin.exercise.draft.task',
      done: 'practice.wordpress-admin.exercise.draft.done',
      hint: 'practice.wordpress-admin.exercise.draft.hint',
    },
    // Another page saved is not about this exercise; this one published is a try not right yet.
    check: (event) =>
      event.type === 'page-saved' && FESTIVAL.some((title) => sameTitle(event.title, title))
        ? event.status === 'draft'
        : null,
  },
];
