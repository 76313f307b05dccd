import { createMarkStore, placeOf } from './marks';
import { collectTextNodes, type TextWalk, walkText, worthReading } from './page-text';
import { createSlicedPass, type PassStats, visibleBlocks } from './sliced-pass';
import { COMMIT_MS, stagedHighlight } from './staged-highlight';
import type { TermMatcher } from './term-matcher';

/**
 * Marks glossary terms with the CSS Custom Highlight API: ranges over the page's own text
 * nodes, painted by the browser. The page's DOM is never modified, so React or Angular apps
 * (Gmail…) cannot be broken by it. Text that changes is re-read alone, never the whole page.
 */
export const HIGHLIGHT_NAME = 'declic-term';
export type { PassStats } from './sliced-pass';

export interface Highlighter {
  /** Reads `root` now, in one go (small subtrees, tests). */
  scan(root: Node): void;
  /**
   * Reads `root` in slices of a few milliseconds, yielding to the page between them, what is on
   * screen first. Resolves when every queued subtree is read.
   */
  queue(root: Node, visibleFirst?: boolean): Promise<PassStats>;
  /** The text set aside far from the screen is looked at again (after a scroll). */
  resume(): Promise<PassStats>;
  /** Forgets the marks under each node (removed from the page, or no longer read). */
  forget(roots: Node | readonly Node[]): void;
  /** The term under a text position (for hover and click). */
  termAt(node: Node, offset: number): string | undefined;
  /** Ids of the terms marked on the page, in the order first met. */
  terms(): string[];
  /** Removes every mark of one term (the user knows it now). */
  drop(termId: string): void;
  clear(): void;
}

export function createHighlighter(matcher: TermMatcher, maxMarks = 500): Highlighter {
  const highlight = stagedHighlight(HIGHLIGHT_NAME);
  let passing = false;
  let committed = 0;

  const store = createMarkStore(matcher, maxMarks, highlight);
  const { marks, forgetNode, scanNode } = store;

  // Outside a pass (a word dropped, text removed) the change shows at once.
  const commitSoon = () => {
    if (!passing) highlight.commit();
  };

  // Text far from what the volunteer sees waits until they scroll near it: marks cost the page
  // style work at each of its changes, so only those near the screen are worth it.
  const above = new Set<Text>();

  // Chunked passes: a queue of resumable walks, run by one loop at a time; the registry is
  // touched every COMMIT_MS during a long pass, and once at its end.
  const walks: TextWalk[] = [];
  const slices = createSlicedPass(
    walks,
    (node) => {
      if (!node.isConnected) return 'read';
      const where = placeOf(node);
      if (where === 'below') return 'park';
      if (where === 'above') above.add(node);
      else scanNode(node);
      return 'read';
    },
    () => store.count() < maxMarks,
    (done) => {
      const now = performance.now();
      if (done || now - committed >= COMMIT_MS) {
        highlight.commit();
        committed = now;
      }
      passing = !done;
    },
  );

  return {
    queue(root, visibleFirst = false) {
      if (visibleFirst) for (const block of visibleBlocks(root)) walks.push(walkText(block));
      walks.push(walkText(root));
      passing = true;
      return slices.start();
    },
    resume() {
      slices.resume();
      for (const node of above) walks.push(walkText(node));
      above.clear();
      passing = true;
      return slices.start();
    },
    scan(root) {
      if (root.nodeType === Node.TEXT_NODE) {
        if (worthReading(root as Text)) scanNode(root as Text);
        return;
      }
      for (const node of collectTextNodes(root)) scanNode(node);
      highlight.commit();
    },
    forget(roots) {
      const list = Array.isArray(roots) ? roots : [roots as Node];
      if (!list.length) return;
      for (const root of list) if (root.nodeType === Node.TEXT_NODE) forgetNode(root as Text);
      // One sweep of the marks: removed subtrees are simply no longer in the page.
      const inPage = list.filter((root) => root.nodeType !== Node.TEXT_NODE && root.isConnected);
      if (list.some((root) => root.nodeType !== Node.TEXT_NODE)) {
        for (const node of [...marks.keys()]) {
          if (!node.isConnected || inPage.some((root) => root.contains(node))) forgetNode(node);
        }
      }
      commitSoon();
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
      store.drop(termId);
      commitSoon();
    },
    clear() {
      walks.length = 0;
      slices.clearParked();
      above.clear();
      CSS.highlights.delete(HIGHLIGHT_NAME);
      store.clear();
    },
  };
}
