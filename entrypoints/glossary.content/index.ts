import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { GLOSSARY_LOADED, getCoachUi } from '../../utils/coach-ui';
import { createHighlighter } from '../../utils/glossary/highlighter';
import { createTermCard } from '../../utils/glossary/term-card';
import { buildMatcher } from '../../utils/glossary/term-matcher';
import { type GlossaryEntry, onMessage, sendMessage } from '../../utils/messaging';
import { knownTermsItem } from '../../utils/storage-items';

const BATCH_MS = 250;

/**
 * Marks the page's jargon. Injected by the background after the detector asked for it (the
 * setting is on and a tool is coached). Only reads the page: marks are CSS highlights.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const flags = globalThis as Record<symbol, unknown>;
    if (flags[GLOSSARY_LOADED]) return;
    flags[GLOSSARY_LOADED] = true;
    ctx.onInvalidated(() => {
      delete flags[GLOSSARY_LOADED];
    });

    const view = await sendMessage('getGlossary').catch(() => null);
    if (!view?.entries.length || ctx.isInvalid) return;
    const byKey = new Map(view.entries.map((entry) => [entry.key, entry]));
    const highlighter = createHighlighter(buildMatcher(view.entries.map((e) => ({ id: e.key, forms: e.forms }))));
    void highlighter.queue(document.body, true);
    // Injected while the page was still loading: read it again once it has.
    if (document.readyState !== 'complete') {
      ctx.addEventListener(window, 'load', () => void highlighter.queue(document.body, true));
    }

    // Only what changed is read again: added subtrees and edited text nodes.
    const pending = new Set<Node>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      for (const node of pending) if (node.isConnected) void highlighter.queue(node);
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

    // "I know this word": remembered, and its marks go away.
    const know = (entry: GlossaryEntry) => {
      void knownTermsItem
        .getValue()
        .then((known) => knownTermsItem.setValue({ ...known, [entry.key]: { at: Date.now() } }));
      byKey.delete(entry.key);
      highlighter.drop(entry.key);
    };
    const card = createTermCard(view, know);

    // Hovering a marked word (for a moment) or clicking it opens its card.
    let hoverTimer: ReturnType<typeof setTimeout> | undefined;
    const termUnder = (x: number, y: number) => {
      const pos = document.caretPositionFromPoint?.(x, y);
      return pos ? highlighter.termAt(pos.offsetNode, pos.offset) : undefined;
    };
    const onPointer = (event: PointerEvent) => {
      if (hoverTimer) clearTimeout(hoverTimer);
      const { clientX: x, clientY: y } = event;
      hoverTimer = setTimeout(() => {
        const key = termUnder(x, y);
        const entry = key && byKey.get(key);
        if (entry && !card.isOpenFor(entry.key)) card.show(entry, { x, y }, false);
      }, 400);
    };
    const onClick = (event: MouseEvent) => {
      const key = termUnder(event.clientX, event.clientY);
      const entry = key && byKey.get(key);
      if (entry) card.show(entry, { x: event.clientX, y: event.clientY }, false);
    };
    ctx.addEventListener(document, 'pointermove', onPointer as (event: Event) => void);
    ctx.addEventListener(document, 'click', onClick as (event: Event) => void);

    // The panel's "Words on this page" list opens the same cards, for keyboard users.
    const ui = getCoachUi();
    if (ui) {
      ui.glossary = {
        found: () => highlighter.terms().flatMap((key) => byKey.get(key) ?? []),
        explain: (key, at) => {
          const entry = byKey.get(key);
          if (entry) card.show(entry, at, true);
        },
      };
    }

    const stop = () => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
      if (hoverTimer) clearTimeout(hoverTimer);
      highlighter.clear();
      card.hide();
      if (ui) ui.glossary = undefined;
    };
    ctx.onInvalidated(stop);
    ctx.onInvalidated(
      onMessage('pushCoachState', ({ data, sender }) => {
        // Turned off (setting, site, tool gone): the marks go at once.
        if (sender.id === browser.runtime.id && !sender.tab && (!data.show || !data.glossary)) {
          stop();
          delete flags[GLOSSARY_LOADED];
        }
      }),
    );
  },
});
