import { defineContentScript } from 'wxt/utils/define-content-script';
import { type DetectionReport, onMessage, sendMessage } from '../../utils/messaging/protocol';
import { type CoachUi, getCoachUi } from '../../utils/page-ui/coach-ui';
import { loadedSurfaces } from '../../utils/surfaces/loaded-surfaces';
import { fromBackground, onView } from '../../utils/surfaces/on-view';
import type { LauncherView } from '../../utils/surfaces/surface-views';
import { detectTool } from '../../utils/tools/match-engine';
import { snapshotOf } from '../../utils/tools/page-snapshot';
import { watchPage } from '../../utils/tools/page-watcher';
import { saasMatchPatterns, tools } from '../../utils/tools/registry';
import { removeLauncher, showLauncher } from './launcher';

/**
 * The always-on part of Déclic: small, no React, no zod. It recognises the tool, tells the
 * background, and draws the launcher. The background then loads whatever else applies here
 * (glossary, beacons, a running guide); the panel (React) loads only when the volunteer opens it.
 * Self-hosted sites get this same file through registered content scripts.
 */
export default defineContentScript({
  matches: saasMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    // The panel (React) loads when the volunteer points at or focuses the launcher, so that it is
    // ready by the click; a click before it arrived opens it as soon as it does.
    const asked = new WeakSet<CoachUi>();
    const loadPanel = (ui: CoachUi) => {
      if (ui.panel || asked.has(ui)) return;
      asked.add(ui);
      void sendMessage('openPanel').catch(() => asked.delete(ui));
    };
    const openPanel = (ui: CoachUi, intent: 'open' | 'prepare') => {
      if (intent === 'prepare') return loadPanel(ui);
      // What the volunteer sees decides: open when it shows closed (never a toggle that could undo itself).
      if (ui.panel) return ui.panel.toggle(ui.launcher.getAttribute('aria-expanded') !== 'true');
      ui.openWhenLoaded = true;
      loadPanel(ui);
    };
    const apply = (view: LauncherView | null) => {
      if (ctx.isInvalid) return;
      if (view?.show && view.toolId) showLauncher(view, openPanel);
      else removeLauncher();
    };

    let current: Pick<DetectionReport, 'toolId' | 'contextId'> = { toolId: null, contextId: null };
    let last: string | undefined;
    let first = true;
    const report = (): DetectionReport => {
      const out = { ...current, loaded: loadedSurfaces(), first };
      first = false;
      return out;
    };
    const check = () => {
      const found = detectTool(tools, snapshotOf(document, location));
      const key = found ? `${found.toolId}|${found.contextId}` : '';
      if (key === last) return false;
      last = key;
      current = { toolId: found?.toolId ?? null, contextId: found?.contextId ?? null };
      sendMessage('reportDetection', report())
        .then(apply)
        // The extension was updated or reloaded: this old script is orphaned and stays quiet.
        .catch(() => undefined);
      return true;
    };

    ctx.onInvalidated(onView<LauncherView>('launcher', apply));
    // Settings, packs or progress changed: the background asks what this page has now.
    ctx.onInvalidated(onMessage('recheck', ({ sender }) => (fromBackground(sender) ? report() : null)));
    ctx.onInvalidated(removeLauncher);
    check();
    // The page changed: the coach may have to move off a window that just opened.
    watchPage(ctx, () => {
      getCoachUi()?.keep?.check();
      getCoachUi()?.layout();
      return check();
    });
  },
});
