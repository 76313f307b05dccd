/**
 * The page's highlight, changed in batches. Every change to a registered Highlight makes the
 * browser recalculate the style of the page (measured: about twice the style work of the page
 * alone on a 3,000-row inbox when each mark was added on its own), so marks are staged and the
 * registry is touched once per batch: at the end of a pass, or every COMMIT_MS while a long one runs.
 * Painting marks also costs a page that repaints on every frame (measured: +1.9 s of main-thread
 * time per 10 s with 500 marks on a page redrawn at 60 fps), so they can be taken out meanwhile.
 */
export const COMMIT_MS = 500;

export interface StagedHighlight {
  add(range: Range): void;
  delete(range: Range): void;
  /** Applies what was staged; nothing at all when nothing changed. */
  commit(): void;
  /** Out of the registry, or back in (the marks are kept). */
  shown(on: boolean): void;
  /** What the registry shows now (tests, the benchmark). */
  readonly size: number;
}

export function stagedHighlight(name: string): StagedHighlight {
  const highlight = new Highlight();
  highlight.priority = -1;
  CSS.highlights.set(name, highlight);
  const toAdd = new Set<Range>();
  const toDelete = new Set<Range>();
  return {
    add(range) {
      if (!toDelete.delete(range)) toAdd.add(range);
    },
    delete(range) {
      if (!toAdd.delete(range)) toDelete.add(range);
    },
    commit() {
      for (const range of toDelete) highlight.delete(range);
      for (const range of toAdd) highlight.add(range);
      toDelete.clear();
      toAdd.clear();
    },
    shown(on) {
      if (on) CSS.highlights.set(name, highlight);
      else CSS.highlights.delete(name);
    },
    get size() {
      return highlight.size;
    },
  };
}
