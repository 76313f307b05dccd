import { collectTextNodes, type TextWalk, walkText, worthReading } from './page-text';
import type { TermMatcher } from './term-matcher';

/**
 * Marks glossary terms with the CSS Custom Highlight API: ranges over the page's own text
 * nodes, painted by the browser. The page's DOM is never modified, so React or Angular apps
 * (Gmail…) cannot be broken by it. Text that changes is re-read alone, never the whole page.
 */
export const HIGHLIGHT_NAME = 'declic-term';

interface Mark {
  termId: string;
  range: StaticRange;
}

/** How a chunked pass went: the benchmark reports it; slices are meant to stay under ~10 ms. */
export interface PassStats {
  slices: number;
  longestSliceMs: number;
  busyMs: number;
  firstSliceMs: number;
}

/** Work per slice before giving the page its turn: well under the 50 ms of a long task. */
const SLICE_MS = 8;

const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export interface Highlighter {
  /** Reads `root` now, in one go (small subtrees, tests). */
  scan(root: Node): void;
  /**
   * Reads `root` in slices of a few milliseconds, yielding to the page between them, what is on
   * screen first. Resolves when every queued subtree is read.
   */
  queue(root: Node, visibleFirst?: boolean): Promise<PassStats>;
  forget(root: Node): void;
  /** The term under a text position (for hover and click). */
  termAt(node: Node, offset: number): string | undefined;
  /** Ids of the terms marked on the page, in the order first met. */
  terms(): string[];
  /** Removes every mark of one term (the user knows it now). */
  drop(termId: string): void;
  clear(): void;
}

export function createHighlighter(matcher: TermMatcher, maxMarks = 500): Highlighter {
  const marks = new Map<Text, Mark[]>();
  const highlight = new Highlight();
  highlight.priority = -1;
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  let count = 0;
  const dropped = new Set<string>();

  const forgetNode = (node: Text) => {
    const list = marks.get(node);
    if (!list) return;
    for (const mark of list) highlight.delete(mark.range);
    count -= list.length;
    marks.delete(node);
  };

  const scanNode = (node: Text) => {
    forgetNode(node);
    if (count >= maxMarks) return;
    const found = matcher.find(node.data, maxMarks - count).filter((match) => !dropped.has(match.termId));
    if (!found.length) return;
    const list = found.map((match) => ({
      termId: match.termId,
      range: new StaticRange({
        startContainer: node,
        startOffset: match.start,
        endContainer: node,
        endOffset: match.end,
      }),
    }));
    for (const mark of list) highlight.add(mark.range);
    marks.set(node, list);
    count += list.length;
  };

  // Chunked passes: a queue of resumable walks, run by one loop at a time.
  const walks: TextWalk[] = [];
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
        if (count >= maxMarks) {
          walks.length = 0;
          break;
        }
        const node = walks[0]?.next();
        if (!node) walks.shift();
        else if (node.isConnected) scanNode(node);
        // The clock is read every few nodes only: reading it costs more than a short node.
        if (++n % 16 === 0) now = performance.now();
      }
      const spent = performance.now() - start;
      if (stats.slices === 0) stats.firstSliceMs = spent;
      stats.slices++;
      stats.busyMs += spent;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
      if (walks.length) await yieldToPage();
    }
    active = false;
    return stats;
  };

  return {
    queue(root, visibleFirst = false) {
      if (visibleFirst) for (const block of visibleBlocks(root)) walks.push(walkText(block));
      walks.push(walkText(root));
      // A loop already running picks the new walk up; otherwise one starts.
      if (!active) {
        active = true;
        running = run();
      }
      return running;
    },
    scan(root) {
      if (root.nodeType === Node.TEXT_NODE) {
        if (worthReading(root as Text)) scanNode(root as Text);
        return;
      }
      for (const node of collectTextNodes(root)) scanNode(node);
    },
    forget(root) {
      if (root.nodeType === Node.TEXT_NODE) return forgetNode(root as Text);
      for (const node of [...marks.keys()]) if (root.contains(node)) forgetNode(node);
    },
    termAt(node, offset) {
      return marks.get(node as Text)?.find((m) => m.range.startOffset <= offset && offset < m.range.endOffset)?.termId;
    },
    terms() {
      const seen = new Set<string>();
      for (const list of marks.values())
        for (const mark of list) if (mark.range.startContainer.isConnected) seen.add(mark.termId);
      return [...seen];
    },
    drop(termId) {
      dropped.add(termId);
      for (const [node, list] of marks) {
        const keep = list.filter((mark) => mark.termId !== termId);
        for (const mark of list) if (mark.termId === termId) highlight.delete(mark.range);
        count -= list.length - keep.length;
        marks.set(node, keep);
      }
    },
    clear() {
      walks.length = 0;
      CSS.highlights.delete(HIGHLIGHT_NAME);
      marks.clear();
      count = 0;
    },
  };
}

/**
 * The blocks of text under the window now, found by probing a grid of points: read first, so
 * what the volunteer is looking at is marked at once, whatever the page's length.
 */
function visibleBlocks(root: Node): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  const found = new Set<Element>();
  const { innerWidth: w, innerHeight: h } = window;
  for (let y = 0.05; y < 1; y += 0.1) {
    for (let x = 0.1; x < 1; x += 0.2) {
      const pos = doc.caretPositionFromPoint?.(x * w, y * h);
      const node = pos?.offsetNode;
      // A row or a paragraph: the text node's grandparent holds its neighbours too.
      const block = node?.nodeType === Node.TEXT_NODE ? node.parentElement?.parentElement : null;
      if (block && root.contains(block)) found.add(block);
    }
  }
  return [...found];
}
