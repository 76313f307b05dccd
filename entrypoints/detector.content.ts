import { defineContentScript } from 'wxt/utils/define-content-script';
import { COACH_LOADED } from '../utils/coach-flag';
import { sendMessage } from '../utils/messaging';
import { detectTool } from '../utils/tools/match-engine';
import { snapshotOf } from '../utils/tools/page-snapshot';
import { watchPage } from '../utils/tools/page-watcher';
import { saasMatchPatterns, tools } from '../utils/tools/registry';

/**
 * The always-on part of Déclic: small, no React, no zod. It recognises the tool and
 * tells the background, which loads the coach UI only when there is something to coach.
 * Self-hosted sites get this same file through registered content scripts.
 */
export default defineContentScript({
  matches: saasMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    let last: string | undefined;
    const check = () => {
      const found = detectTool(tools, snapshotOf(document, location));
      const key = found ? `${found.toolId}|${found.contextId}` : '';
      if (key === last) return false;
      last = key;
      sendMessage('reportDetection', {
        toolId: found?.toolId ?? null,
        contextId: found?.contextId ?? null,
        coachLoaded: (globalThis as Record<symbol, unknown>)[COACH_LOADED] === true,
      }).catch(() => {
        // The extension was updated or reloaded: this old script is orphaned and stays quiet.
      });
      return true;
    };
    check();
    watchPage(ctx, check);
  },
});
