import type { Exercise } from '../../space-api';

/** This space's exercises. */
export const exercises: Exercise[] = [
  {
    id: 'roundcube-vacation',
    words: {
      task: 'practice.roundcube.exercise.vacation.task',
      done: 'practice.roundcube.exercise.vacation.done',
      hint: 'practice.roundcube.exercise.vacation.hint',
    },
    // Done when the reply has a subject and is switched on: an avis left « Arrêt » answers nobody.
    check: (event) => (event.type === 'vacation-saved' ? event.status && event.subject.trim() !== '' : null),
  },
];
