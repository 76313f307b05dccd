import type { Highlighter } from '../../utils/glossary/highlighter';

const BATCH_MS = 250;
/** While the page keeps changing, it is not followed: it is looked at again this often… */
const CHURN_MS = 2000;
/** …for this long, counting its changes (fewer than CALM_CHANGES: it calmed down). */
const PROBE_MS = 200;
const CALM_CHANGES = 20;
/** A batch this large means the page is busy. */
const BUSY_BATCH = 200;
/** Busy batches in a row after which the page counts as churning. */
const BUSY_IN_A_ROW = 2;
/** Edits of one text after which it counts as live (a clock, a counter) and is no longer read. */
const VOLATILE_EDITS = 5;

/**
 * Only what changed is read again: added subtrees and edited texts, in batches. A text that changes
 * again and again (a clock) is left alone: it is not where a volunteer reads a hard word. A page
 * that never stops changing (a live feed redrawn on every frame) is not followed at all (even an
 * observer costs it on every frame) and its marks are hidden (painting them does too): Déclic looks
 * again every CHURN_MS, and shows and reads the page once more when it has calmed down. A page
 * that swaps its whole <body> (some single-page apps, or a page pushing Déclic out) is read anew
 * at once. Two observers (the body's subtree, the root's children), disconnected by `stop`.
 */
export function watchChanges(highlighter: Highlighter): () => void {
  const added = new Set<Node>();
  const removed = new Set<Node>();
  const edits = new WeakMap<Node, number>();
  let busyInARow = 0;
  let churning = false;
  let changes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observe = () => observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  // Churning: the observer is off; every CHURN_MS it listens for PROBE_MS.
  const probe = () => {
    changes = 0;
    observe();
    timer = setTimeout(() => {
      timer = undefined;
      highlighter.forget([]);
      if (changes >= CALM_CHANGES) return rest();
      churning = false;
      busyInARow = 0;
      highlighter.shown(true);
      added.clear();
      removed.clear();
      // Calm again: what came meanwhile is read now, once.
      void highlighter.queue(document.body);
    }, PROBE_MS);
  };
  const rest = () => {
    observer.disconnect();
    timer = setTimeout(probe, CHURN_MS);
  };

  const flush = () => {
    timer = undefined;
    busyInARow = added.size + removed.size > BUSY_BATCH ? busyInARow + 1 : 0;
    churning = busyInARow >= BUSY_IN_A_ROW;
    for (const node of added) if (node.isConnected) void highlighter.queue(node);
    highlighter.forget([...removed]);
    added.clear();
    removed.clear();
    if (churning) {
      highlighter.shown(false);
      rest();
    }
  };
  // An edit: a text changed in place, or an element whose only new child is a text (textContent).
  const live = (target: Node) => {
    const n = (edits.get(target) ?? 0) + 1;
    edits.set(target, n);
    if (n === VOLATILE_EDITS + 1) removed.add(target);
    return n > VOLATILE_EDITS;
  };
  const observer = new MutationObserver((records) => {
    if (churning) {
      changes += records.length;
      return;
    }
    timer ??= setTimeout(flush, BATCH_MS);
    for (const record of records) {
      const gone = record.removedNodes;
      for (let i = 0; i < gone.length; i++) removed.add(gone[i] as Node);
      if (record.type === 'characterData') {
        if (!live(record.target)) added.add(record.target);
        continue;
      }
      const fresh = record.addedNodes;
      if (fresh.length === 1 && fresh[0]?.nodeType === Node.TEXT_NODE && live(record.target)) continue;
      for (let i = 0; i < fresh.length; i++) added.add(fresh[i] as Node);
    }
  });
  observe();
  let body = document.body;
  const swapped = new MutationObserver(() => {
    if (document.body === body || !document.body) return;
    highlighter.forget([body]);
    body = document.body;
    added.clear();
    removed.clear();
    if (!churning) {
      observer.disconnect();
      observe();
    }
    void highlighter.queue(body);
  });
  swapped.observe(document.documentElement, { childList: true });
  return () => {
    highlighter.shown(true);
    swapped.disconnect();
    observer.disconnect();
    if (timer) clearTimeout(timer);
  };
}
