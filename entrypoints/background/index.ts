import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../../utils/messaging';
import { builtinPrefsItem, packOrderItem, storedPacksItem } from '../../utils/packs/pack-store';
import { settingsItem, siteOf } from '../../utils/storage-items';
import { forgetTab, setTabState } from '../../utils/tab-state';
import { coachStateFor, injectPanel, refreshAllCoaches } from './coach-loader';
import { detectionReportSchema, tabSender } from './message-guards';
import { checkAllSubscriptions, PACK_UPDATE_ALARM, schedulePackUpdates } from './pack-updates';
import { syncSelfHostedScripts } from './self-hosted-sites';

export default defineBackground(() => {
  const extensionId = browser.runtime.id;

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Listeners first, then work: an event that woke the worker must find them registered.
  browser.runtime.onStartup.addListener(() => void syncSelfHostedScripts());
  browser.permissions.onAdded.addListener(() => void syncSelfHostedScripts());
  browser.permissions.onRemoved.addListener(() => void syncSelfHostedScripts());
  void syncSelfHostedScripts();

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Whatever changes what a coach shows (settings, packs, their order) reaches open tabs at once.
  for (const item of [settingsItem, storedPacksItem, builtinPrefsItem, packOrderItem]) {
    item.watch(() => void refreshAllCoaches());
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_UPDATE_ALARM) void checkAllSubscriptions();
  });
  void schedulePackUpdates();

  onMessage('reportDetection', async ({ data, sender }) => {
    const from = tabSender(sender, extensionId);
    const report = detectionReportSchema.safeParse(data);
    const site = from && siteOf(from.url);
    if (!from || !report.success || !site) return coachStateFor(null);
    const { toolId, contextId } = report.data;
    const state = toolId ? { toolId, contextId, site } : null;
    await setTabState(from.tabId, state);
    return coachStateFor(state);
  });

  // A content script may only ask for our own panel file, in its own tab's top frame.
  onMessage('openPanel', async ({ sender }) => {
    const from = tabSender(sender, extensionId);
    if (from) await injectPanel(from.tabId);
  });

  onMessage('openOptions', ({ sender }) => {
    if (tabSender(sender, extensionId)) void browser.runtime.openOptionsPage();
  });
});
