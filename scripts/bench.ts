/**
 * npm run bench — what Déclic costs on real pages, in Debian's Chromium, compared with the same
 * page without it. Fresh browser for every load, alternating without/with. Writes a table to the
 * console and bench/results/latest.{json,svg}. Options: BENCH_RUNS (default 5), BENCH_THROTTLE=4.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { BUILD_DIR, buildGranting, launch } from '../tests/e2e/harness/browser';
import { startFixtureServer } from '../tests/e2e/harness/https-server';
import { bundleSizes } from './bench/bundle-sizes';
import { measureRun, type RunResult } from './bench/measure';
import { consoleTable, reportFor, svgChart } from './bench/report';
import { GRANTED_FOR_BENCH, scenarios } from './bench/scenarios';
import { assembleBuiltinPack, BUILTIN_PACK_SOURCE } from './builtin-pack';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 1);
/** BENCH_ONLY=heavy-inbox,churning runs a subset (results are then not written as latest). */
const ONLY = process.env.BENCH_ONLY?.split(',');

async function bundleProbe(entry: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'declicBench' },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  return first.output[0]?.code ?? '';
}

async function main() {
  if (!existsSync(`${BUILD_DIR}/manifest.json`)) execSync('npm run build:chrome', { stdio: 'inherit' });
  const extensionDir = buildGranting(GRANTED_FOR_BENCH);
  const pages = new Map(
    scenarios.filter((s) => s.page).map((s) => [new URL(s.url).host + new URL(s.url).pathname, s.page ?? '']),
  );
  const server = await startFixtureServer(pages);
  const reports = [];
  for (const scenario of scenarios.filter((s) => !ONLY || ONLY.includes(s.id))) {
    const runs: Record<'without' | 'with', RunResult[]> = { without: [], with: [] };
    for (let i = 0; i < RUNS * 2; i++) {
      const withExtension = i % 2 === 1;
      const browser = await launch({ extensionDir, port: server.port, lang: 'fr', withExtension });
      if (withExtension) {
        // The welcome tab opens on install: close it so both runs measure a foreground page alone.
        const welcome =
          browser.context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
          (await browser.context
            .waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 5000 })
            .catch(() => null));
        await welcome?.close();
      }
      for (const blank of browser.context.pages()) await blank.close();
      const page = await browser.context.newPage();
      await page.bringToFront();
      // Both arms wait alike: the extension's install work (service worker, registrations) is
      // a one-off that must not be counted as the page's cost.
      await page.waitForTimeout(2000);
      runs[withExtension ? 'with' : 'without'].push(await measureRun(page, scenario, THROTTLE));
      await browser.close();
    }
    const report = reportFor(scenario, runs.without, runs.with);
    reports.push(report);
    console.log(`${scenario.id}: added ${report.added.taskMs.toFixed(1)} ms task time`);
  }

  // The detector's own work per detection, timed inside Chromium on the heavy pages.
  const probe = await bundleProbe('scripts/bench/engine-probe.ts');
  const detection: Record<string, unknown> = {};
  const browser = await launch({ extensionDir, port: server.port, lang: 'fr', withExtension: false });
  for (const id of ['heavy-inbox', 'heavy-files', 'light-tool']) {
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) continue;
    const page = await browser.context.newPage();
    await page.goto(scenario.url);
    await page.addScriptTag({ content: probe });
    detection[id] = await page.evaluate(() =>
      (globalThis as unknown as { declicBenchDetect: (n: number) => unknown }).declicBenchDetect(50),
    );
  }
  const glossary = await glossaryVsMarkJs(browser, scenarios.find((s) => s.id === 'heavy-inbox')?.url);
  await browser.close();
  await server.close();

  const sizes = bundleSizes();
  const result = {
    date: new Date().toISOString(),
    runs: RUNS,
    throttle: THROTTLE,
    chromium: 'Debian chromium',
    reports,
    detection,
    glossary,
    sizes,
  };
  mkdirSync('bench/results', { recursive: true });
  const name = ONLY ? 'partial' : THROTTLE > 1 ? `latest-throttle-${THROTTLE}x` : 'latest';
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`bench/results/${name}.svg`, svgChart(reports));
  console.log(`\n${consoleTable(reports)}\n`);
  console.log('Detection (engine only, per run, ms):', JSON.stringify(detection));
  console.log('Glossary pass vs mark.js (ms):', JSON.stringify(glossary));
  console.table(sizes);
  console.log(`Written bench/results/${name}.json and .svg`);
}

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
async function glossaryVsMarkJs(browser: Awaited<ReturnType<typeof launch>>, url: string | undefined) {
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
