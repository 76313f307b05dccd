import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createHighlighter } from '../../utils/glossary/highlighter';
import { buildMatcher } from '../../utils/glossary/term-matcher';
import { onMessage, sendMessage } from '../../utils/messaging';

const LOADED = Symbol.for('declic.glossary-loaded');
const BATCH_MS = 250;

/**
 * Marks the page's jargon. Injected by the background after the detector asked for it (the
 * setting is on and a tool is coached). Only reads the page: marks are CSS highlights.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const flags = globalThis as Record<symbol, unknown>;
    if (flags[LOADED]) return;
    flags[LOADED] = true;
    ctx.onInvalidated(() => {
      delete flags[LOADED];
    });

    const entries = await sendMessage('getGlossary').catch(() => []);
    if (!entries.length || ctx.isInvalid) return;
    const highlighter = createHighlighter(buildMatcher(entries.map((e) => ({ id: e.key, forms: e.forms }))));
    highlighter.scan(document.body);
    // Injected while the page was still loading: read it again once it has.
    if (document.readyState !== 'complete') {
      ctx.addEventListener(window, 'load', () => highlighter.scan(document.body));
    }

    // Only what changed is read again: added subtrees and edited text nodes.
    const pending = new Set<Node>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      for (const node of pending) if (node.isConnected) highlighter.scan(node);
      pending.clear();
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') pending.add(record.target);
        for (const node of record.addedNodes) pending.add(node);
        for (const node of record.removedNodes) highlighter.forget(node);
      }
      timer ??= setTimeout(flush, BATCH_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });

    const stop = () => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
      highlighter.clear();
    };
    ctx.onInvalidated(stop);
    ctx.onInvalidated(
      onMessage('pushCoachState', ({ data, sender }) => {
        // Turned off (setting, site, tool gone): the marks go at once.
        if (sender.id === browser.runtime.id && !sender.tab && (!data.show || !data.glossary)) {
          stop();
          delete flags[LOADED];
        }
      }),
    );
  },
});
