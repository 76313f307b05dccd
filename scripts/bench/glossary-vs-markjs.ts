import type { launch } from '../../tests/e2e/harness/browser';
import { assembleBuiltinPack, BUILTIN_PACK_SOURCE } from '../builtin-pack';
import { bundleProbe } from './bundle-probe';

/** One chunked pass, as glossary-probe.ts reports it. */
interface ChunkedRun {
  firstSliceMs: number;
  longestSliceMs: number;
  busyMs: number;
  elapsed: number;
  slices: number;
  marks: number;
  longTasks: number[];
}

/** The glossary pass on the heavy inbox with 300 terms, and mark.js on the same page and terms. */
export async function glossaryVsMarkJs(browser: Awaited<ReturnType<typeof launch>>, url: string | undefined) {
  if (!url) return null;
  const built = assembleBuiltinPack(BUILTIN_PACK_SOURCE);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  const real = (built.pack.glossary ?? []).map((term) => ({
    id: term.id,
    forms: [term.term.fr, ...(term.variants?.fr ?? [])],
  }));
  const terms = [
    ...real,
    ...Array.from({ length: Math.max(0, 300 - real.length) }, (_, i) => ({ id: `t${i}`, forms: [`mot${i}rare`] })),
  ];
  const words = terms.flatMap((term: { forms: string[] }) => term.forms);
  const ours = await bundleProbe('scripts/bench/glossary-probe.ts');
  const results = {
    capped: [] as number[],
    uncapped: [] as number[],
    markjs: [] as number[],
    cappedMarks: 0,
    uncappedMarks: 0,
    markjsMarks: 0,
    textKb: 0,
    /** The product's own way: visible part first, then slices; per run. */
    chunked: [] as ChunkedRun[],
    chunkedUncapped: [] as ChunkedRun[],
  };
  for (let i = 0; i < 3; i++) {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: ours });
    for (const [max, key] of [
      [500, 'capped'],
      [1e9, 'uncapped'],
    ] as const) {
      const run = await page.evaluate(
        ([t, m]) =>
          (
            globalThis as unknown as { declicBenchGlossary: (t: unknown, m: number) => { ms: number; marks: number } }
          ).declicBenchGlossary(t, m),
        [terms, max] as const,
      );
      results[key].push(run.ms);
      results[key === 'capped' ? 'cappedMarks' : 'uncappedMarks'] = run.marks;
    }
    for (const [max, key] of [
      [500, 'chunked'],
      [1e9, 'chunkedUncapped'],
    ] as const) {
      const run = await page.evaluate(
        ([t, m]) =>
          (
            globalThis as unknown as {
              declicBenchGlossaryChunked: (t: unknown, m: number) => Promise<(typeof results.chunked)[number]>;
            }
          ).declicBenchGlossaryChunked(t, m),
        [terms, max] as const,
      );
      results[key].push(run);
    }
    results.textKb = await page.evaluate(() => Math.round((document.body.textContent?.length ?? 0) / 1024));
    // mark.js takes about two minutes a pass on this page: once is enough to compare.
    if (i === 0 && process.env.BENCH_MARKJS !== '0') {
      await page.reload();
      await page.addScriptTag({ path: 'node_modules/mark.js/dist/mark.min.js' });
      // Written as a string: tsx would wrap named callbacks in a helper the page does not have.
      const mark = (await page.evaluate(`(() => {
        const start = performance.now();
        let count = 0;
        new Mark(document.body).mark(${JSON.stringify(words)}, {
          separateWordSearch: false,
          accuracy: 'exactly',
          // Its accent-insensitive mode (diacritics: true) overflows the regexp stack with 300
          // terms on this page; the plain mode is the fairest run it can finish.
          diacritics: false,
          each: () => { count++; },
        });
        return { ms: performance.now() - start, count };
      })()`)) as { ms: number; count: number };
      results.markjs.push(mark.ms);
      results.markjsMarks = mark.count;
    }
    await page.close();
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  return {
    terms: terms.length,
    ...results,
    cappedMedian: median(results.capped),
    uncappedMedian: median(results.uncapped),
    markjsMs: median(results.markjs),
    ratioUncapped: median(results.markjs) / Math.max(0.01, median(results.uncapped)),
    chunkedFirstSliceMedian: median(results.chunked.map((r) => r.firstSliceMs)),
    chunkedLongestSliceMax: Math.max(...results.chunked.map((r) => r.longestSliceMs)),
    chunkedUncappedLongestSliceMax: Math.max(...results.chunkedUncapped.map((r) => r.longestSliceMs)),
    chunkedUncappedBusyMedian: median(results.chunkedUncapped.map((r) => r.busyMs)),
    longTasksDuringChunked: [...results.chunked, ...results.chunkedUncapped].flatMap((r) => r.longTasks).length,
  };
}
