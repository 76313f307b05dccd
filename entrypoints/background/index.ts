import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../../utils/messaging';
import { builtinPrefsItem, packOrderItem, storedPacksItem } from '../../utils/packs/pack-store';
import { watchPolicy } from '../../utils/policy/managed';
import { settingsItem, withDefaults } from '../../utils/storage-items';
import { forgetTab } from '../../utils/tab-state';
import { refreshAllCoaches, restyleAllGlossaries } from './coach-loader';
import {
  onGetBeacons,
  onGetGlossary,
  onLoadBeacons,
  onLoadGlossary,
  onOpenOptions,
  onOpenPanel,
  onReportDetection,
} from './content-messages';
import { onExplainClicked, onGetExplanation, syncExplainMenu } from './explain-selection';
import { checkAllSubscriptions, PACK_UPDATE_ALARM, schedulePackUpdates } from './pack-updates';
import { applyPolicyNow, onIdleState } from './policy-sync';
import { syncSelfHostedScripts } from './self-hosted-sites';

export default defineBackground(() => {
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
  // "Explain with Déclic" on selected text, worded in the user's language.
  browser.contextMenus.onClicked.addListener((info, tab) => void onExplainClicked(info, tab));
  settingsItem.watch((next, previous) => {
    void syncExplainMenu();
    const style = withDefaults(next).glossaryStyle;
    if (style !== withDefaults(previous).glossaryStyle) void restyleAllGlossaries(style);
  });
  void syncExplainMenu();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_UPDATE_ALARM) void checkAllSubscriptions();
  });
  void schedulePackUpdates();

  // The association's policy: applied now (a shared computer starts each browser session fresh),
  // and again whenever the admin changes it.
  watchPolicy(() => {
    void applyPolicyNow();
    void refreshAllCoaches();
    void syncExplainMenu();
  });
  void applyPolicyNow();
  browser.idle.onStateChanged.addListener((state) => void onIdleState(state));

  onMessage('reportDetection', ({ data, sender }) => onReportDetection(data, sender));
  onMessage('openPanel', ({ sender }) => onOpenPanel(sender));
  onMessage('openOptions', ({ sender }) => void onOpenOptions(sender));
  onMessage('loadGlossary', ({ sender }) => onLoadGlossary(sender));
  onMessage('getGlossary', ({ sender }) => onGetGlossary(sender));
  onMessage('getExplanation', ({ sender }) => onGetExplanation(sender));
  onMessage('loadBeacons', ({ sender }) => onLoadBeacons(sender));
  onMessage('getBeacons', ({ sender }) => onGetBeacons(sender));
});
