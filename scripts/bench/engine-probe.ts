import { detectTool } from '../../utils/tools/match-engine';
import { snapshotOf } from '../../utils/tools/page-snapshot';
import { tools } from '../../utils/tools/registry';

/** Bundled by the benchmark and run inside the page: the detector's own work, timed in Chromium. */
(globalThis as Record<string, unknown>).declicBenchDetect = (times: number) => {
  const samples: number[] = [];
  let found: string | null = null;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    found = detectTool(tools, snapshotOf(document, location))?.toolId ?? null;
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { found, median: samples[Math.floor(samples.length / 2)], max: samples[samples.length - 1] };
};
