import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { builtinPacks } from '../../utils/packs/builtin-packs';
import { watchPolicy } from '../../utils/policy/managed';
import {
  coachSidesItem,
  feedbackItem,
  guideProgressItem,
  knownTermsItem,
  settingsItem,
  tipStatesItem,
} from '../../utils/storage/local-items';
import { builtinPrefsItem, packOrderItem, storedPacksItem } from '../../utils/storage/pack-items';
import { onExplainClicked, syncExplainMenu } from './explain-selection';
import { onCommand } from './messages/coach-messages';
import { forgetTabQueue } from './messages/detection';
import { listenToMessages } from './messages/listen';
import { refreshTabsLeft } from './messages/studio-pointing';
import { checkAllSubscriptions, PACK_UPDATE_ALARM, schedulePackUpdates } from './pack-updates';
import { applyPolicyNow, onIdleState } from './policy-sync';
import { refreshSoon } from './refresh';
import { syncSelfHostedScripts } from './self-hosted-sites';
import { readShortcut } from './shortcut';
import { forgetPolicy, whenPolicyCorrected } from './state/policy-cache';
import { forgetStudioTab } from './state/studio-pointing-writes';
import { forgetTab } from './state/tab-writes';
import { forgetTabCss } from './surfaces/sync-surfaces';

export default defineBackground(() => {
  // Listeners first, then work: an event that woke the worker must find them registered.
  listenToMessages();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => void syncSelfHostedScripts());
  browser.permissions.onAdded.addListener(() => void syncSelfHostedScripts());
  browser.permissions.onRemoved.addListener(() => void syncSelfHostedScripts());
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    // The band or the trial it ended leaves its page through refreshTabsLeft.
    void forgetStudioTab(tabId);
    forgetTabQueue(tabId);
    forgetTabCss(tabId);
  });

  // Whatever changes what a coach shows reaches open tabs at once: every surface gets its new view.
  for (const item of [settingsItem, storedPacksItem, builtinPrefsItem, packOrderItem]) item.watch(refreshSoon);
  for (const item of [tipStatesItem, knownTermsItem, guideProgressItem, coachSidesItem, feedbackItem]) {
    item.watch(refreshSoon);
  }
  refreshTabsLeft();
  // "Explain with Déclic" on selected text, worded in the volunteer's language.
  browser.contextMenus.onClicked.addListener((info, tab) => void onExplainClicked(info, tab));
  settingsItem.watch(() => void syncExplainMenu());

  // The keyboard shortcut (manifest `commands`): into the coach and back.
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_UPDATE_ALARM) void checkAllSubscriptions();
  });
  browser.idle.onStateChanged.addListener((state) => void onIdleState(state));
  // The association's policy: applied now (a shared computer starts each browser session fresh),
  // and again whenever the admin changes it.
  const policyChanged = () => {
    void applyPolicyNow();
    refreshSoon();
    void syncExplainMenu();
  };
  watchPolicy(() => {
    forgetPolicy();
    policyChanged();
  });
  // The first answers used the last known policy (the browser can be slow to hand it over).
  whenPolicyCorrected(policyChanged);

  // Read now, so the first coached page does not wait for the built-in packs.
  void builtinPacks();
  void readShortcut();
  void syncSelfHostedScripts();
  void syncExplainMenu();
  void schedulePackUpdates();
  void applyPolicyNow();
});
