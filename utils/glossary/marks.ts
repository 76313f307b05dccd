import { shownOnPage } from './page-chrome';
import type { StagedHighlight } from './staged-highlight';
import type { TermMatcher } from './term-matcher';

/** One marked word: which term, and where in its text node. */
export interface Mark {
  termId: string;
  range: Range;
}

/** Whether a node's new matches are exactly its marks (same words, same places). */
export function sameMarks(before: Mark[], found: { termId: string; start: number; end: number }[]): boolean {
  return (
    before.length === found.length &&
    before.every((mark, i) => {
      const f = found[i];
      return !!f && mark.termId === f.termId && mark.range.startOffset === f.start && mark.range.endOffset === f.end;
    })
  );
}

/**
 * A live Range, not a StaticRange: Chromium re-checks every StaticRange of a highlight at each
 * frame (measured: one StaticRange took a page redrawn on every frame from 2.3 s to 9.8 s of
 * main-thread time over 10.7 s; 500 live Ranges cost it +0.2 s).
 */
function rangeOver(node: Text, start: number, end: number): Range {
  const range = (node.ownerDocument ?? document).createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

/** At most this many hidden texts wait to be read again: a page of hidden tabs stays cheap. */
const MAX_WITHHELD = 200;

/** The marks of the page by text node, kept under `maxMarks`; changes go to the staged highlight. */
export function createMarkStore(matcher: TermMatcher, maxMarks: number, highlight: StagedHighlight) {
  const marks = new Map<Text, Mark[]>();
  const withheld = new Set<Text>();
  const dropped = new Set<string>();
  let count = 0;

  const forgetNode = (node: Text) => {
    const list = marks.get(node);
    if (!list) return;
    for (const mark of list) highlight.delete(mark.range);
    count -= list.length;
    marks.delete(node);
  };

  const scanNode = (node: Text) => {
    const before = marks.get(node);
    const room = maxMarks - count + (before?.length ?? 0);
    let found = room > 0 ? matcher.find(node.data, room).filter((match) => !dropped.has(match.termId)) : [];
    withheld.delete(node);
    if (found.length && node.parentElement && !shownOnPage(node.parentElement)) {
      // Hidden now (a closed tab, a popup, a fade-in): read again once the page shows it.
      if (withheld.size < MAX_WITHHELD) withheld.add(node);
      found = [];
    }
    // Text that changed elsewhere than its words (a date, a counter) keeps its marks untouched.
    if (before && sameMarks(before, found)) return;
    forgetNode(node);
    if (!found.length) return;
    const list = found.map((match) => ({ termId: match.termId, range: rangeOver(node, match.start, match.end) }));
    for (const mark of list) highlight.add(mark.range);
    marks.set(node, list);
    count += list.length;
  };

  return {
    marks,
    forgetNode,
    scanNode,
    count: () => count,
    /** Texts with a word the page hid when they were read, read again if it shows them now. */
    recheck() {
      for (const node of [...withheld]) {
        if (!node.isConnected) withheld.delete(node);
        else if (node.parentElement && shownOnPage(node.parentElement)) scanNode(node);
      }
    },
    /** Removes every mark of one term (the volunteer knows it now), and never marks it again. */
    drop(termId: string) {
      dropped.add(termId);
      for (const [node, list] of marks) {
        const keep = list.filter((mark) => mark.termId !== termId);
        for (const mark of list) if (mark.termId === termId) highlight.delete(mark.range);
        count -= list.length - keep.length;
        marks.set(node, keep);
      }
    },
    clear() {
      marks.clear();
      withheld.clear();
      count = 0;
    },
  };
}
