import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHighlighter } from '../../utils/glossary/highlighter';
import { createTermCard } from '../../utils/glossary/term-card';
import { buildMatcher } from '../../utils/glossary/term-matcher';
import { getCoachUi } from '../../utils/page-ui/coach-ui';
import { isOwnHost } from '../../utils/page-ui/own-hosts';
import type { GlossaryEntry } from '../../utils/surfaces/surface-views';
import type { GlossaryView } from './view';
import { watchChanges } from './watch-changes';

const HOVER_MS = 400;

export interface PageGlossary {
  stop(): void;
}

/**
 * The glossary on one page for one set of words: marks (read what is on screen first, then what
 * changes), a card on hover or click, and the panel's "Words on this page" list.
 */
const RECHECK_MS = 2000;

export function createPageGlossary(
  ctx: ContentScriptContext,
  view: GlossaryView,
  onKnow: (entry: GlossaryEntry) => void,
): PageGlossary {
  const byKey = new Map(view.entries.map((entry) => [entry.key, entry]));
  const highlighter = createHighlighter(buildMatcher(view.entries.map((e) => ({ id: e.key, forms: e.forms }))));
  const abort = new AbortController();
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void, capture = false) =>
    target.addEventListener(type, handler, { signal: abort.signal, capture, passive: true });

  void highlighter.queue(document.body);
  // Loaded while the page was still loading: read it again once it has.
  if (document.readyState !== 'complete') listen(window, 'load', () => void highlighter.queue(document.body));

  const stopWatching = watchChanges(highlighter);
  // What the page showed later without changing its text (a tab, an accordion, a popup opened by
  // a class or a style): looked at again now and then, only the few texts held back.
  ctx.setInterval(() => highlighter.recheckHidden(), RECHECK_MS);

  // "I know this word": remembered by the background, and its marks go at once.
  const card = createTermCard(view, (entry) => {
    onKnow(entry);
    byKey.delete(entry.key);
    highlighter.drop(entry.key);
  });

  // Hovering a marked word (for a moment) or clicking it opens its card.
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const termUnder = (x: number, y: number) => {
    const pos = document.caretPositionFromPoint?.(x, y);
    const key = pos ? highlighter.termAt(pos.offsetNode, pos.offset) : undefined;
    return key ? byKey.get(key) : undefined;
  };
  // Over Déclic's own card (an event from its shadow root reaches the page as its host): nothing
  // to look up, and nothing scheduled that could replace the card the volunteer is reading.
  const ours = (event: Event) => isOwnHost(event.target);
  listen(document, 'pointermove', (event) => {
    if (hoverTimer) clearTimeout(hoverTimer);
    if (ours(event) || !event.isTrusted) return;
    const { clientX: x, clientY: y } = event as PointerEvent;
    hoverTimer = setTimeout(() => {
      const entry = termUnder(x, y);
      if (entry && !card.isOpenFor(entry.key)) card.show(entry, { x, y }, false);
    }, HOVER_MS);
  });
  // Only the volunteer opens a card: a click a page script made is not theirs.
  listen(document, 'click', (event) => {
    if (!event.isTrusted) return;
    const { clientX: x, clientY: y } = event as MouseEvent;
    const entry = termUnder(x, y);
    if (entry) card.show(entry, { x, y }, false);
  });

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
    abort.abort();
    stopWatching();
    if (hoverTimer) clearTimeout(hoverTimer);
    highlighter.clear();
    card.hide();
  };
  ctx.onInvalidated(stop);
  return { stop };
}
