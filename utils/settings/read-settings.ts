import { associationDefaults } from '../association/association-config';
import { readPolicy } from '../policy/managed';
import type { Policy, PolicyNote } from '../policy/policy-schema';
import { settingsItem } from '../storage/local-items';
import { lockedNames, resolveSettings } from './resolve-settings';
import type { LockableSetting, Settings, StoredSettings } from './settings-schema';

export interface EffectiveSettings {
  settings: Settings;
  /** The volunteer's own choices (what a form changes). */
  stored: StoredSettings;
  policy: Policy;
  notes: PolicyNote[];
  locked: Set<LockableSetting>;
}

/**
 * Everything that decides the settings, read at once (storage, policy, association build),
 * then resolved by the one function that knows the order. Used by the background (with its own
 * quick way to the policy, see background/state/policy-cache.ts) and the pages.
 */
export async function readSettings(policyOf: typeof readPolicy = readPolicy): Promise<EffectiveSettings> {
  const [stored, { policy, notes }, association] = await Promise.all([
    settingsItem.getValue(),
    policyOf(),
    associationDefaults(),
  ]);
  const locked = policy.lockedSettings;
  return {
    settings: resolveSettings({ association, stored, locked }),
    stored: stored ?? {},
    policy,
    notes,
    locked: lockedNames(locked),
  };
}
