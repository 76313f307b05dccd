import { browser } from 'wxt/browser';
import type { ToolCategory } from '../tools/tool-schema';
import { type Policy, type PolicyNote, parsePolicy } from './policy-schema';

/**
 * The association's policy, as the browser hands it to Déclic (`storage.managed`). No policy
 * at all — the usual case — reads as an empty object: Déclic behaves normally.
 */
export async function readPolicy(): Promise<PolicyRead> {
  return parsePolicy(await readRawPolicy());
}

export type PolicyRead = { policy: Policy; notes: PolicyNote[] };

/** The policy as the browser holds it. Just after the browser starts this can take seconds. */
export function readRawPolicy(): Promise<Record<string, unknown>> {
  // Firefox without policies (or an old browser) throws here instead of answering {}.
  return browser.storage.managed.get().catch(() => ({}));
}

/** Policy changes apply at once, without reinstalling: every part listens here. */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Whether the association turned the coach off for a kind of tool. */
export function categoryOff(policy: Policy, category: ToolCategory): boolean {
  return policy.lockedSettings?.categories?.[category] === false;
}
