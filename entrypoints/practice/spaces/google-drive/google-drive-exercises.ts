import type { Exercise, PracticeEvent } from '../../space-api';
import { CONTACTS } from './gd-people';

/** Marie, the treasurer's helper of the sample association: her address is shown in the task. */
const MARIE = CONTACTS[0]?.email ?? '';

/**
 * Read-only for Marie: she is added as « Lecteur », and the link is not opened to anyone as
 * editor on the way. Any other role for her is a try that is not right yet (the hint says why).
 */
export function checkShareReadOnly(event: PracticeEvent): boolean | null {
  if (event.type !== 'shared' || event.item !== 'accounts') return null;
  const openToEdit = event.link?.access === 'anyone' && event.link.role === 'editor';
  if (event.person?.email === MARIE) return event.person.role === 'reader' && !openToEdit;
  return openToEdit ? false : null;
}

/** This space's exercises. */
export const exercises: Exercise[] = [
  {
    id: 'google-drive-share-read-only',
    words: {
      task: 'practice.google-drive.exercise.read-only.task',
      done: 'practice.google-drive.exercise.read-only.done',
      hint: 'practice.google-drive.exercise.read-only.hint',
    },
    check: checkShareReadOnly,
  },
];
