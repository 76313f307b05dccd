import { guideProgressItem, knownTermsItem, tipStatesItem } from '../storage-items';
import type { Policy } from './policy-schema';

/**
 * On a shared computer, what one volunteer did (tips understood or hidden, words known, where
 * they are in a guide) must not follow them to the next person. Settings and packs, which the
 * admin chose, stay. Déclic stores no page content, address, name or typed text in the first
 * place: these three items only hold pack item ids and times.
 */
export const PERSONAL_ITEMS = [tipStatesItem, knownTermsItem, guideProgressItem] as const;

export async function resetPersonalState(): Promise<void> {
  await Promise.all(PERSONAL_ITEMS.map((item) => item.removeValue()));
}

/** Idle time before a shared computer starts fresh, when the admin did not choose one. */
export const DEFAULT_IDLE_MINUTES = 30;

export function idleMinutes(policy: Policy): number | null {
  if (!policy.sharedComputer) return null;
  return policy.idleResetMinutes ?? DEFAULT_IDLE_MINUTES;
}

/** The browser says the computer is idle or locked: a shared computer forgets the last volunteer. */
export function resetOnIdle(policy: Policy, state: 'active' | 'idle' | 'locked'): boolean {
  return !!policy.sharedComputer && state !== 'active';
}
