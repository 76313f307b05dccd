import type { Policy } from '../../../utils/policy/policy-schema';
import { personalItems, studioDraftItem } from '../../../utils/storage/local-items';
import { guideSessionsItem, sharedSessionItem } from '../../../utils/storage/session-items';
import { write } from './write-queue';

/**
 * On a shared computer, what one volunteer did (tips understood or hidden, words known, where
 * they are in a guide, what they thought of tips and steps, where « Où en suis-je ? » placed them)
 * must not follow them to the next person, nor a pack a mentor was making in the studio. Settings
 * and packs, which the admin chose, stay.
 */
export function resetPersonalState(): Promise<void> {
  return write(() => clearPersonal());
}

async function clearPersonal(): Promise<void> {
  // The studio's draft is typed text, not progress: kept apart from personalItems, forgotten with them.
  await Promise.all([...personalItems, guideSessionsItem, studioDraftItem].map((item) => item.removeValue()));
}

/**
 * A shared computer starts every browser session fresh. Session storage is emptied when the
 * browser closes, so a missing mark means a new session. This does not rely on
 * `runtime.onStartup` alone: the browser may hand over its policy only after the worker woke up,
 * so it runs again when the policy arrives.
 */
export function freshSessionIfShared(policy: Policy): Promise<boolean> {
  if (!policy.sharedComputer) return Promise.resolve(false);
  return write(async () => {
    if (await sharedSessionItem.getValue()) return false;
    await clearPersonal();
    await sharedSessionItem.setValue(Date.now());
    return true;
  });
}
