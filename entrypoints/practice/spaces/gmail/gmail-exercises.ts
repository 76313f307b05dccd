import type { Exercise } from '../../space-api';

/** The board's addresses, as the task shows them (fictional: example.org). */
export const BOARD = [
  'presidente@example.org',
  'tresorier@example.org',
  'secretaire@example.org',
  'vice-president@example.org',
];

const lower = (list: string[]) => list.map((address) => address.toLowerCase());

/** This space's exercises. */
export const exercises: Exercise[] = [
  {
    id: 'gmail-bcc-board',
    words: {
      task: 'practice.gmail.exercise.bcc-board.task',
      done: 'practice.gmail.exercise.bcc-board.done',
      hint: 'practice.gmail.exercise.bcc-board.hint',
    },
    check(event) {
      if (event.type !== 'mail-sent') return null;
      const visible = lower([...event.to, ...event.cc]);
      const hidden = lower(event.bcc);
      // A message to nobody of the board is another message, not a try at this one.
      if (!BOARD.some((address) => visible.includes(address) || hidden.includes(address))) return null;
      return BOARD.every((address) => hidden.includes(address) && !visible.includes(address));
    },
  },
];
