import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../../utils/messaging';
import { serial } from '../../utils/serial';
import { settingsItem, siteOf } from '../../utils/storage-items';
import { forgetTab, getTabState, setTabState } from '../../utils/tab-state';
import { coachStateFor, hideCoach, refreshAllCoaches, refreshCoach } from './coach-loader';
import { detectionReportSchema, tabSender } from './message-guards';
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
  settingsItem.watch(() => void refreshAllCoaches());

  // One report at a time: two detectors in one page (manifest + registered) must not load two coaches.
  const reports = serial();
  onMessage('reportDetection', ({ data, sender }) =>
    reports(async () => {
      const from = tabSender(sender, extensionId);
      const report = detectionReportSchema.safeParse(data);
      const site = from && siteOf(from.url);
      if (!from || !report.success || !site) return;
      const { toolId, contextId } = report.data;
      const previous = await getTabState(from.tabId);
      // The detector may not have seen the coach we just loaded in the same document.
      const sameDocument = !!from.documentId && previous?.documentId === from.documentId;
      const coachLoaded = report.data.coachLoaded || (sameDocument && !!previous?.coachLoaded);
      if (!toolId) {
        await setTabState(from.tabId, null);
        if (coachLoaded) await hideCoach(from.tabId);
        return;
      }
      const state = { toolId, contextId, site, coachLoaded, documentId: from.documentId };
      await setTabState(from.tabId, state);
      await refreshCoach(from.tabId, state);
    }),
  );

  onMessage('getCoachState', async ({ sender }) => {
    const from = tabSender(sender, extensionId);
    return coachStateFor(from ? await getTabState(from.tabId) : null);
  });

  onMessage('openOptions', ({ sender }) => {
    if (tabSender(sender, extensionId)) void browser.runtime.openOptionsPage();
  });
});
