import { browser } from 'wxt/browser';
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

const SESSION_MARK = 'sharedSessionStarted';

/**
 * A shared computer starts every browser session fresh. Session storage is emptied when the
 * browser closes, so a missing mark means a new session. This does not rely on
 * `runtime.onStartup` alone: the browser may hand over its policy only after the worker woke up,
 * so it runs again when the policy arrives.
 */
export async function freshSessionIfShared(policy: Policy): Promise<boolean> {
  if (!policy.sharedComputer) return false;
  const marks = await browser.storage.session.get(SESSION_MARK);
  if (marks[SESSION_MARK]) return false;
  await resetPersonalState();
  await browser.storage.session.set({ [SESSION_MARK]: Date.now() });
  return true;
}
