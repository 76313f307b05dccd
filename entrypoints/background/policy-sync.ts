import { browser } from 'wxt/browser';
import { resolveLang } from '../../utils/i18n';
import { BUILTIN_IDS } from '../../utils/packs/builtin-packs';
import { removePack, savePack, storedPacksItem } from '../../utils/packs/pack-store';
import { checkSubscription } from '../../utils/packs/subscription-update';
import { getEffectiveSettings, readPolicy } from '../../utils/policy/managed';
import { idleMinutes, resetOnIdle, resetPersonalState } from '../../utils/policy/shared-computer';

/**
 * Packs the association installs for everyone (`packs` in the policy). They are subscriptions
 * marked `managed`: kept up to date like any other, never removable by a volunteer, and removed
 * when the admin takes them out of the policy.
 */
export async function syncPolicyPacks(): Promise<void> {
  const { policy } = await readPolicy();
  const wanted = policy.packs ?? [];
  const settings = await getEffectiveSettings();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const stored = await storedPacksItem.getValue();

  for (const entry of stored) {
    if (entry.managed && !wanted.some((p) => p.url === entry.subscription?.url)) await removePack(entry.pack.id);
  }
  for (const { url, mirrors = [] } of wanted) {
    const existing = stored.find((entry) => entry.managed && entry.subscription?.url === url);
    if (existing) continue;
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

export const IDLE_RESET = 'declic-idle-reset';

/** Tells the browser after how long without use a shared computer counts as idle. */
export async function syncIdleReset(): Promise<void> {
  const minutes = idleMinutes((await readPolicy()).policy);
  if (minutes) browser.idle.setDetectionInterval(minutes * 60);
}

export async function onIdleState(state: 'active' | 'idle' | 'locked'): Promise<void> {
  if (resetOnIdle((await readPolicy()).policy, state)) await resetPersonalState();
}
