import type { Policy } from './policy-schema';

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
