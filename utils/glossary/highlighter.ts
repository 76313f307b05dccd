import { collectTextNodes, type TextWalk, walkText, worthReading } from './page-text';
import { createSlicedPass, type PassStats, visibleBlocks } from './sliced-pass';
import type { TermMatcher } from './term-matcher';

/**
 * Marks glossary terms with the CSS Custom Highlight API: ranges over the page's own text
 * nodes, painted by the browser. The page's DOM is never modified, so React or Angular apps
 * (Gmail…) cannot be broken by it. Text that changes is re-read alone, never the whole page.
 */
export const HIGHLIGHT_NAME = 'declic-term';
export type { PassStats } from './sliced-pass';

interface Mark {
  termId: string;
  range: StaticRange;
}

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
  const slices = createSlicedPass(
    walks,
    (node) => {
      if (node.isConnected) scanNode(node);
    },
    () => count < maxMarks,
  );

  return {
    queue(root, visibleFirst = false) {
      if (visibleFirst) for (const block of visibleBlocks(root)) walks.push(walkText(block));
      walks.push(walkText(root));
      return slices.start();
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
