import { browser } from 'wxt/browser';
import { resolveLang } from '../../utils/i18n';
import { BUILTIN_IDS } from '../../utils/packs/builtin-packs';
import { checkSubscription } from '../../utils/packs/subscription-update';
import { readPolicy } from '../../utils/policy/managed';
import type { Policy } from '../../utils/policy/policy-schema';
import { idleMinutes, resetOnIdle } from '../../utils/policy/shared-computer';
import { serial } from '../../utils/serial';
import { storedPacksItem } from '../../utils/storage/pack-items';
import { removePack, savePack, updateStoredPack } from './state/pack-writes';
import { freshSessionIfShared, resetPersonalState } from './state/personal-reset';
import { settingsNow } from './state/policy-cache';
import { markPolicyApplied } from './state/tab-writes';

const queue = serial();

/**
 * What the association's policy asks of the background, at start and after every change: the
 * policy is read once and each part gets it. One run at a time, so two quick changes never
 * download the same pack twice.
 */
export function applyPolicyNow(): Promise<void> {
  return queue(async () => {
    const { policy } = await readPolicy();
    await freshSessionIfShared(policy);
    syncIdleReset(policy);
    await syncPolicyPacks(policy);
    await markPolicyApplied(Object.keys(policy));
  });
}

/**
 * Packs the association installs for everyone (`packs` in the policy). They are subscriptions
 * marked `managed`: kept up to date like any other, never removable by a volunteer, and removed
 * when the admin takes them out of the policy.
 */
async function syncPolicyPacks(policy: Policy): Promise<void> {
  const wanted = policy.packs ?? [];
  const stored = await storedPacksItem.getValue();
  // An empty policy may only mean the browser has not handed it over yet (just after start):
  // its packs are then given back to the volunteer, not deleted. The next policy marks them again.
  const empty = Object.keys(policy).length === 0;
  for (const entry of stored) {
    if (!entry.managed || wanted.some((p) => p.url === entry.subscription?.url)) continue;
    if (empty) await updateStoredPack(entry.pack.id, (e) => ({ ...e, managed: false }));
    else await removePack(entry.pack.id);
  }
  if (!wanted.length) return;
  // The same settings as everywhere else (defaults < association build < volunteer < policy).
  const lang = resolveLang((await settingsNow()).settings.language, browser.i18n.getUILanguage());
  for (const { url, mirrors = [] } of wanted) {
    if (stored.some((entry) => entry.managed && entry.subscription?.url === url)) continue;
    // A first download: a stand-in entry whose check fetches the pack (address, then mirrors).
    const placeholder = {
      pack: { id: '' } as never,
      source: 'subscription' as const,
      enabled: true,
      installedAt: Date.now(),
      managed: true,
      subscription: { url, mirrors, updatedAt: 0 },
    };
    const checked = await checkSubscription(placeholder, lang, undefined, Date.now(), true);
    // Unreachable or invalid: tried again at the next policy change, start or update check.
    if (checked.pack.id && !BUILTIN_IDS.includes(checked.pack.id)) {
      await savePack(checked.pack, 'subscription', checked.subscription, true);
    }
  }
}

/** Tells the browser after how long without use a shared computer counts as idle. */
function syncIdleReset(policy: Policy): void {
  const minutes = idleMinutes(policy);
  if (minutes) browser.idle.setDetectionInterval(minutes * 60);
}

export async function onIdleState(state: 'active' | 'idle' | 'locked'): Promise<void> {
  if (resetOnIdle((await readPolicy()).policy, state)) await resetPersonalState();
}
