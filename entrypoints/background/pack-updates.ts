import { browser } from 'wxt/browser';
import { resolveLang } from '../../utils/i18n';
import { checkSubscription } from '../../utils/packs/subscription-update';
import { storedPacksItem } from '../../utils/storage/pack-items';
import { applySubscriptionCheck } from './state/pack-writes';
import { settingsNow } from './state/policy-cache';

/** Subscribed packs are checked every few hours; a failed check never removes the last good copy. */
export const PACK_UPDATE_ALARM = 'declic-pack-updates';
const EVERY_MINUTES = 6 * 60;

export async function schedulePackUpdates(): Promise<void> {
  const existing = await browser.alarms.get(PACK_UPDATE_ALARM);
  if (!existing) await browser.alarms.create(PACK_UPDATE_ALARM, { periodInMinutes: EVERY_MINUTES, delayInMinutes: 1 });
}

export async function checkAllSubscriptions(): Promise<void> {
  const { settings } = await settingsNow();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  for (const entry of await storedPacksItem.getValue()) {
    if (entry.source !== 'subscription' || !entry.subscription) continue;
    await applySubscriptionCheck(await checkSubscription(entry, lang));
  }
}
