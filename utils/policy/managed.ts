import { browser } from 'wxt/browser';
import { associationDefaults } from '../association';
import { type Settings, settingsItem, withDefaults } from '../storage-items';
import type { ToolCategory } from '../tools/tool-schema';
import { type Policy, type PolicyNote, parsePolicy } from './policy-schema';

/**
 * The association's policy, as the browser hands it to Déclic (`storage.managed`). No policy
 * at all — the usual case — reads as an empty object: Déclic behaves normally.
 */
export async function readPolicy(): Promise<{ policy: Policy; notes: PolicyNote[] }> {
  // Firefox without policies (or an old browser) throws here instead of answering {}.
  const raw = await browser.storage.managed.get().catch(() => ({}));
  return parsePolicy(raw);
}

/** Policy changes apply at once, without reinstalling: every part listens here. */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export type LockableSetting = 'language' | 'level' | 'coachEnabled' | 'glossary' | 'glossaryStyle';
const LOCKABLE: readonly LockableSetting[] = ['language', 'level', 'coachEnabled', 'glossary', 'glossaryStyle'];

/** The settings that apply: what the association locked, else the user's choice, else defaults. */
export function applyPolicy(settings: Settings, policy: Policy): Settings {
  const locked = policy.lockedSettings ?? {};
  const out = { ...settings };
  for (const key of LOCKABLE) {
    const value = locked[key];
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** Which settings the options page shows as locked. */
export function lockedKeys(policy: Policy): Set<LockableSetting> {
  const locked = policy.lockedSettings ?? {};
  return new Set(LOCKABLE.filter((key) => locked[key] !== undefined));
}

/** Whether the association turned the coach off for a kind of tool. */
export function categoryOff(policy: Policy, category: ToolCategory): boolean {
  return policy.lockedSettings?.categories?.[category] === false;
}

/**
 * The settings that apply, lowest first: Déclic's defaults, the association build's defaults,
 * the volunteer's choices, and what the association's policy locks. The policy comes with them,
 * read once, for callers that need both.
 */
export async function readEffective(): Promise<{ settings: Settings; policy: Policy }> {
  const [stored, { policy }, defaults] = await Promise.all([
    settingsItem.getValue(),
    readPolicy(),
    associationDefaults(),
  ]);
  return { settings: applyPolicy(withDefaults({ ...defaults, ...(stored ?? {}) }), policy), policy };
}

export async function getEffectiveSettings(): Promise<Settings> {
  return (await readEffective()).settings;
}
