import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type CoachUi, GLOSSARY_LOADED } from '../utils/coach-ui';
import { removeLauncher, showLauncher } from '../utils/launcher';
import { type CoachState, onMessage, sendMessage } from '../utils/messaging';
import { detectTool } from '../utils/tools/match-engine';
import { snapshotOf } from '../utils/tools/page-snapshot';
import { watchPage } from '../utils/tools/page-watcher';
import { saasMatchPatterns, tools } from '../utils/tools/registry';

/**
 * The always-on part of Déclic: small, no React, no zod. It recognises the tool, tells the
 * background, and draws the launcher; the panel (React) is loaded only when the user opens it.
 * Self-hosted sites get this same file through registered content scripts.
 */
export default defineContentScript({
  matches: saasMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    const openPanel = (ui: CoachUi) => {
      if (ui.panel) return ui.panel.toggle();
      ui.openWhenLoaded = true;
      void sendMessage('openPanel').catch(() => undefined);
    };
    let glossaryAsked = false;
    let beaconsAsked = false;
    const apply = (state: CoachState) => {
      if (ctx.isInvalid) return;
      if (state.show && state.toolId) showLauncher(state, openPanel);
      else removeLauncher();
      // The glossary marker loads once per page, only when the user wants it.
      if (state.show && state.glossary && !glossaryAsked && !(globalThis as Record<symbol, unknown>)[GLOSSARY_LOADED]) {
        glossaryAsked = true;
        void sendMessage('loadGlossary').catch(() => undefined);
      } else if (!state.show || !state.glossary) {
        glossaryAsked = false;
      }
      // Tips attached to page elements get their beacons: that script loads once per page.
      if (state.show && !beaconsAsked && state.tips.some((entry) => entry.tip.anchor)) {
        beaconsAsked = true;
        void sendMessage('loadBeacons').catch(() => undefined);
      }
    };

    let last: string | undefined;
    const check = () => {
      const found = detectTool(tools, snapshotOf(document, location));
      const key = found ? `${found.toolId}|${found.contextId}` : '';
      if (key === last) return false;
      last = key;
      sendMessage('reportDetection', { toolId: found?.toolId ?? null, contextId: found?.contextId ?? null })
        .then(apply)
        // The extension was updated or reloaded: this old script is orphaned and stays quiet.
        .catch(() => undefined);
      return true;
    };

    ctx.onInvalidated(
      onMessage('pushCoachState', ({ data, sender }) => {
        // Only the background may steer the coach; other content scripts carry a tab.
        if (sender.id === browser.runtime.id && !sender.tab) apply(data);
      }),
    );
    ctx.onInvalidated(removeLauncher);
    check();
    watchPage(ctx, check);
  },
});
