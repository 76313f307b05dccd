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
