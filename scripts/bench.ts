/**
 * npm run bench — what Déclic costs in Debian's Chromium, side by side with the same page without
 * it: time to coach (cold, worker stopped, warm), live heavy pages per surface, a page changing on
 * every frame, the panel's opening; at full speed and on a CPU slowed 4×, in one invocation.
 * Every load is a fresh browser and profile. Writes bench/results/latest.{json,md}.
 * Options: BENCH_RUNS (5), BENCH_THROTTLED_RUNS (3), BENCH_THROTTLE (rates, "1,4"),
 * BENCH_ONLY=coach,inbox,files,frames,engine (a subset: writes partial.*), BENCH_MARKJS=0.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { BUILD_DIR, buildGranting } from '../tests/e2e/harness/browser';
import { startFixtureServer } from '../tests/e2e/harness/https-server';
import { bundleSizes } from './bench/bundle-sizes';
import { engineFigures } from './bench/extras';
import { formatLoad, machineLoad, measuredBuild } from './bench/machine';
import { SURFACE_HEADERS, summaryRows, surfaceRows } from './bench/report';
import { benchPages, FILES_ARMS, GRANTED_FOR_BENCH, INBOX_ARMS, THROTTLED_ARM_IDS } from './bench/scenarios';
import {
  emptyMode,
  type FrameArm,
  framesSuite,
  lightSuite,
  liveSuite,
  type ModeResults,
  rotate,
  warmUp,
} from './bench/suites';
import { markdownTable, textTable } from './bench/table-format';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? 3);
const RATES = (process.env.BENCH_THROTTLE ?? '1,4').split(',').map(Number);
const ONLY = process.env.BENCH_ONLY?.split(',');
const want = (suite: string) => !ONLY || ONLY.includes(suite);

async function main() {
  const started = Date.now();
  const loadAtStart = machineLoad();
  console.log(`Start: ${formatLoad(loadAtStart)}`);
  if (!existsSync(`${BUILD_DIR}/manifest.json`)) execSync('npm run build:chrome', { stdio: 'inherit' });
  const server = await startFixtureServer(benchPages());
  const extensionDir = buildGranting(GRANTED_FOR_BENCH);
  await warmUp({ extensionDir, port: server.port, throttle: 1 });
  const modes: ModeResults[] = [];
  for (const throttle of RATES) {
    const env = { extensionDir, port: server.port, throttle };
    const runs = throttle > 1 ? THROTTLED_RUNS : RUNS;
    const mode = emptyMode(throttle, runs);
    const armsOf = (arms: typeof INBOX_ARMS) =>
      throttle > 1 ? arms.filter((arm) => THROTTLED_ARM_IDS.includes(arm.id)) : arms;
    for (let i = 0; i < runs; i++) {
      mode.loadPerRun.push(machineLoad().loadavg[0] ?? 0);
      console.log(
        `[${throttle}×] run ${i + 1}/${runs} (${Math.round((Date.now() - started) / 1000)} s, load ${mode.loadPerRun.at(-1)})`,
      );
      if (want('coach')) await lightSuite(env, mode);
      if (want('inbox')) await liveSuite(env, 'inbox', rotate(armsOf(INBOX_ARMS), i), mode);
      if (want('files')) await liveSuite(env, 'files', rotate(armsOf(FILES_ARMS), i), mode);
      const frameArms: FrameArm[] = throttle > 1 ? ['without', 'with'] : ['without', 'launcher', 'with'];
      if (want('frames')) await framesSuite(env, rotate(frameArms, i), mode);
    }
    modes.push(mode);
  }
  const engine = want('engine') ? await engineFigures({ extensionDir, port: server.port, throttle: 1 }) : null;
  await server.close();
  const sizes = bundleSizes();
  const loadAtEnd = machineLoad();
  const durationS = Math.round((Date.now() - started) / 1000);

  const result = {
    date: new Date().toISOString(),
    build: measuredBuild(),
    durationS,
    machine: { start: loadAtStart, end: loadAtEnd },
    modes,
    detection: engine?.detection ?? null,
    glossary: engine?.glossary ?? null,
    sizes,
  };
  const headers = ['figure', ...modes.map((m) => `${m.throttle}× CPU (${m.runs} runs)`), 'target'];
  const summary = summaryRows(modes).map((row) => [row.figure, ...row.values, row.target]);
  const perSurface = modes.flatMap((mode) =>
    (['inbox', 'files'] as const).map((page) => ({
      title: `Per surface, live ${page}, ${mode.throttle}× CPU (window: navigation → load + 8 s)`,
      rows: surfaceRows(mode, page).map((row) => [row.figure, ...row.values]),
    })),
  );
  const loads = `Machine: start ${formatLoad(loadAtStart)}; end ${formatLoad(loadAtEnd)}. Run took ${durationS} s.`;

  mkdirSync('bench/results', { recursive: true });
  const name = ONLY ? 'partial' : 'latest';
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    `Product commit ${result.build.productCommit.slice(0, 7)}, ${result.build.chromium}, ${result.date.slice(0, 10)}.`,
    loads,
    markdownTable(headers, summary),
    ...perSurface
      .filter((s) => s.rows.length)
      .flatMap((s) => [`**${s.title}**`, markdownTable(SURFACE_HEADERS, s.rows)]),
  ].join('\n\n');
  writeFileSync(`bench/results/${name}.md`, `${md}\n`);
  // The comparison's own file follows full runs only (a partial one may have skipped mark.js).
  if (engine?.glossary && !ONLY) {
    writeFileSync('bench/results/glossary-vs-markjs.json', `${JSON.stringify(engine.glossary, null, 2)}\n`);
  }

  console.log(`\n${textTable(headers, summary)}\n`);
  for (const s of perSurface.filter((x) => x.rows.length))
    console.log(`${s.title}\n${textTable(SURFACE_HEADERS, s.rows)}\n`);
  if (engine) console.log('Detection (engine only, per run, ms):', JSON.stringify(engine.detection));
  if (engine?.glossary) {
    const { cappedMedian, uncappedMedian, markjsMs, chunkedFirstSliceMedian } = engine.glossary;
    console.log(
      'Glossary pass vs mark.js (ms):',
      JSON.stringify({ cappedMedian, uncappedMedian, markjsMs, chunkedFirstSliceMedian }),
    );
  }
  console.table(sizes);
  console.log(`${loads}\nWritten bench/results/${name}.json and .md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
