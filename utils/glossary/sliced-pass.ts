import type { TextWalk } from './page-text';

/** How a chunked pass went: the benchmark reports it; slices are meant to stay under ~10 ms. */
export interface PassStats {
  slices: number;
  longestSliceMs: number;
  busyMs: number;
  firstSliceMs: number;
}

/** Work per slice before giving the page its turn: well under the 50 ms of a long task. */
export const SLICE_MS = 8;

export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Runs queued text walks in slices of a few milliseconds, yielding to the page between them.
 * `more()` false stops every walk (nothing more can be marked). One loop at a time: a walk
 * queued while it runs is picked up by the same loop.
 */
export function createSlicedPass(
  walks: TextWalk[],
  step: (node: Text) => void,
  more: () => boolean,
  /** After each slice; `done`: nothing is left to read. */
  afterSlice: (done: boolean) => void = () => undefined,
) {
  let running: Promise<PassStats> = Promise.resolve({ slices: 0, longestSliceMs: 0, busyMs: 0, firstSliceMs: 0 });
  let active = false;
  const run = async (): Promise<PassStats> => {
    const stats: PassStats = { slices: 0, longestSliceMs: 0, busyMs: 0, firstSliceMs: 0 };
    while (walks.length) {
      const start = performance.now();
      let now = start;
      let n = 0;
      while (walks.length && now - start < SLICE_MS) {
        // Nothing more can be marked: the rest of the walk would be wasted.
        if (!more()) {
          walks.length = 0;
          break;
        }
        const node = walks[0]?.next();
        if (!node) walks.shift();
        else step(node);
        // The clock is read every few nodes only: reading it costs more than a short node.
        if (++n % 16 === 0) now = performance.now();
      }
      const spent = performance.now() - start;
      if (stats.slices === 0) stats.firstSliceMs = spent;
      stats.slices++;
      stats.busyMs += spent;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
      afterSlice(walks.length === 0);
      if (walks.length) await yieldToPage();
    }
    active = false;
    return stats;
  };
  return {
    start(): Promise<PassStats> {
      if (!active) {
        active = true;
        running = run();
      }
      return running;
    },
  };
}

/**
 * The blocks of text under the window now, found by probing a grid of points: read first, so
 * what the volunteer is looking at is marked at once, whatever the page's length.
 */
export function visibleBlocks(root: Node): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  const found = new Set<Element>();
  const { innerWidth: w, innerHeight: h } = window;
  // A dozen probes (each one a hit test on the whole page): enough to find the rows on screen.
  for (let y = 0.1; y < 1; y += 0.2) {
    for (let x = 0.2; x < 1; x += 0.3) {
      const pos = doc.caretPositionFromPoint?.(x * w, y * h);
      const node = pos?.offsetNode;
      // A row or a paragraph: the text node's grandparent holds its neighbours too.
      const block = node?.nodeType === Node.TEXT_NODE ? node.parentElement?.parentElement : null;
      if (block && root.contains(block)) found.add(block);
    }
  }
  return [...found];
}
