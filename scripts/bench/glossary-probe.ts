import { createHighlighter } from '../../utils/glossary/highlighter';
import { buildMatcher, type MatchableTerm } from '../../utils/glossary/term-matcher';

/**
 * Bundled by the benchmark and run inside the page: one full glossary pass with the product's
 * own code (read the text, find the terms, register CSS highlights), without touching the DOM.
 * `maxMarks` as in the product (500), or unlimited to compare with mark.js, which marks all.
 */
(globalThis as Record<string, unknown>).declicBenchGlossary = (terms: MatchableTerm[], maxMarks: number) => {
  const start = performance.now();
  const highlighter = createHighlighter(buildMatcher(terms), maxMarks);
  highlighter.scan(document.body);
  const ms = performance.now() - start;
  const marks = CSS.highlights.get('declic-term')?.size ?? 0;
  highlighter.clear();
  return { ms, marks };
};

/**
 * The pass as the product runs it: what is on screen first, then the rest in slices of a few
 * milliseconds with the page's turn between them. Long tasks (> 50 ms) are counted meanwhile.
 */
(globalThis as Record<string, unknown>).declicBenchGlossaryChunked = async (
  terms: MatchableTerm[],
  maxMarks: number,
) => {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const highlighter = createHighlighter(buildMatcher(terms), maxMarks);
  const stats = await highlighter.queue(document.body, true);
  const elapsed = performance.now() - start;
  const marks = CSS.highlights.get('declic-term')?.size ?? 0;
  // Long-task entries arrive after the task ends: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  highlighter.clear();
  return { ...stats, elapsed, marks, longTasks };
};
