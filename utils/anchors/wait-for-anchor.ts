import type { Anchor } from '../packs/pack-schema';
import { type AnchorMatch, type AnchorRoot, locateIn, searchRoots } from './locate';

type Root = AnchorRoot;

export interface WaitOptions {
  /** Longest wait; the promise never outlives it. */
  timeoutMs: number;
  signal?: AbortSignal;
  root?: Root;
}

/**
 * Checks at most this often while the page changes: a burst of mutations costs one search. Each
 * search that finds nothing doubles the gap, up to MAX_GAP_MS: a page that never stops changing
 * (a live list) is not searched on every change for the whole wait.
 */
const MIN_GAP_MS = 100;
const MAX_GAP_MS = 800;
// Changes that can show, hide or rename an element, besides nodes added or removed.
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'inert', 'open', 'role', 'aria-label'];

/**
 * Resolves with the element as soon as the anchor finds it (a compose window opening, a menu
 * rendered late), or with null at the timeout or on abort. One MutationObserver, always disconnected.
 */
export function waitForAnchor(
  anchor: Anchor,
  { timeoutMs, signal, root = document }: WaitOptions,
): Promise<AnchorMatch | null> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(null);
    let roots = searchRoots(root);
    const first = locateIn(anchor, roots);
    if (first) return resolve(first);

    let last = Date.now();
    let gap = MIN_GAP_MS;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const attributeFilter = [
      ...new Set([...WATCHED_ATTRIBUTES, ...anchor.flatMap((l) => Object.keys(l.attributes ?? {}))]),
    ];
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(check, Math.max(0, last + gap - Date.now()));
    });
    // Shadow roots are observed one by one: mutations inside them do not reach the document's observer.
    const observe = () => {
      for (const target of roots) {
        observer.observe(target, { childList: true, subtree: true, characterData: true, attributeFilter });
      }
    };
    const finish = (match: AnchorMatch | null) => {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      resolve(match);
    };
    const abort = () => finish(null);
    function check() {
      pending = undefined;
      last = Date.now();
      roots = searchRoots(root);
      const match = locateIn(anchor, roots);
      if (match) return finish(match);
      gap = Math.min(gap * 2, MAX_GAP_MS);
      observe();
    }
    const timer = setTimeout(abort, Math.min(Math.max(0, timeoutMs), 2 ** 31 - 1));
    signal?.addEventListener('abort', abort, { once: true });
    observe();
  });
}
