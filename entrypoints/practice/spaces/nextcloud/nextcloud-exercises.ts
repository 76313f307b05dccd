import type { Exercise, PracticeEvent } from '../../space-api';

/**
 * A link to « Photos fête » that lets people look without changing anything: « Afficher
 * seulement ». « Peut modifier » on that link is a try that is not right yet (the hint says why).
 */
export function checkViewOnlyLink(event: PracticeEvent): boolean | null {
  if (event.type !== 'shared' || event.item !== 'party-photos' || !event.link) return null;
  return event.link.role === 'reader';
}

/** This space's exercises. */
export const exercises: Exercise[] = [
  {
    id: 'nextcloud-view-only-link',
    words: {
      task: 'practice.nextcloud.exercise.view-only.task',
      done: 'practice.nextcloud.exercise.view-only.done',
      hint: 'practice.nextcloud.exercise.view-only.hint',
    },
    check: checkViewOnlyLink,
  },
];
