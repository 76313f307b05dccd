/**
 * npm run bench — what Déclic costs on real pages, in Debian's Chromium, compared with the same
 * page without it. Fresh browser for every load, alternating without/with. Writes a table to the
 * console and bench/results/latest.{json,svg}. Options: BENCH_RUNS (default 5), BENCH_THROTTLE=4.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { BUILD_DIR, buildGranting, launch } from '../tests/e2e/harness/browser';
import { startFixtureServer } from '../tests/e2e/harness/https-server';
import { bundleProbe } from './bench/bundle-probe';
import { bundleSizes } from './bench/bundle-sizes';
import { glossaryVsMarkJs } from './bench/glossary-vs-markjs';
import { measureRun, type RunResult } from './bench/measure';
import { consoleTable, reportFor, svgChart } from './bench/report';
import { GRANTED_FOR_BENCH, scenarios } from './bench/scenarios';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 1);
/** BENCH_ONLY=heavy-inbox,churning runs a subset (results are then not written as latest). */
const ONLY = process.env.BENCH_ONLY?.split(',');

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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
