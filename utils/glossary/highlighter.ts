import { createMarkStore } from './marks';
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
  /** Forgets the marks under each node (removed from the page, or no longer read), and of texts gone. */
  forget(roots: Node | readonly Node[]): void;
  /** The term under a text position (for hover and click). */
  termAt(node: Node, offset: number): string | undefined;
  /** Ids of the terms marked on the page, in the order first met. */
  terms(): string[];
  /**
   * Hides the marks (false) while the page redraws itself on every frame, where painting them
   * costs the page; true shows them again.
   */
  shown(on: boolean): void;
  /** Reads again the texts with a word that were hidden when read (a tab opened since, a popup). */
  recheckHidden(): void;
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

  // Chunked passes: a queue of resumable walks, run by one loop at a time; the registry is
  // touched every COMMIT_MS during a long pass, and once at its end.
  const walks: TextWalk[] = [];
  const slices = createSlicedPass(
    walks,
    (node) => {
      if (node.isConnected) scanNode(node);
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
      const elements = new Set<Node>();
      for (const root of list) {
        if (root.nodeType === Node.TEXT_NODE) forgetNode(root as Text);
        else if (root.isConnected) elements.add(root);
      }
      // One sweep of the marks: removed subtrees are simply no longer in the page; a mark under a
      // connected root is found by climbing from the mark (a few steps) rather than searching each root.
      const under = (node: Node) => {
        for (let el = node.parentNode; el && elements.size; el = el.parentNode) if (elements.has(el)) return true;
        return false;
      };
      for (const node of [...marks.keys()]) if (!node.isConnected || under(node)) forgetNode(node);
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
    shown(on) {
      highlight.shown(on);
    },
    recheckHidden() {
      if (passing) return;
      store.recheck();
      commitSoon();
    },
    drop(termId) {
      store.drop(termId);
      commitSoon();
    },
    clear() {
      walks.length = 0;
      CSS.highlights.delete(HIGHLIGHT_NAME);
      store.clear();
    },
  };
}
