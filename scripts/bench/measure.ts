import type { CDPSession, Page } from '@playwright/test';
import type { Scenario } from './scenarios';

export interface RunResult {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  heapMb: number;
  longTasks: number;
  longTaskMs: number;
  coachReadyMs: number | null;
  declicWorlds: number;
}

/** Registered before any page script: long tasks, and when the coach element first appears. */
export const INIT_SCRIPT = `
  window.__bench = { longTasks: [], coachAt: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records, observer) => {
    if (document.querySelector('declic-coach')) {
      window.__bench.coachAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

const CHURN_WINDOW_MS = 5000;
const SETTLE_MS = 2500;

async function metrics(page: Page, cdp: CDPSession) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m: { name: string }) => m.name === name)?.value ?? 0;
  return {
    task: get('TaskDuration') * 1000,
    script: get('ScriptDuration') * 1000,
    layout: (get('LayoutDuration') + get('RecalcStyleDuration')) * 1000,
    heap: get('JSHeapUsedSize') / 1024 / 1024,
    page,
  };
}

/** One fresh load of a scenario in an already launched context. */
export async function measureRun(page: Page, scenario: Scenario, throttle: number): Promise<RunResult> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  let declicWorlds = 0;
  await cdp.send('Runtime.enable');
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && /Déclic|declic/i.test(context.name)) declicWorlds++;
  });
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(scenario.url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  let base = await metrics(page, cdp);
  let churnTask = 0;
  if (scenario.churn) {
    await page.waitForTimeout(CHURN_WINDOW_MS);
    const after = await metrics(page, cdp);
    churnTask = after.task - base.task;
    base = after;
  }
  const probe = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { longTasks: number[]; coachAt: number | null } }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { longTasks: bench.longTasks, coachAt: bench.coachAt, loadEnd: nav?.loadEventEnd ?? 0 };
  });
  await cdp.detach();
  return {
    taskMs: scenario.churn ? churnTask : base.task,
    scriptMs: base.script,
    layoutMs: base.layout,
    heapMb: base.heap,
    longTasks: probe.longTasks.length,
    longTaskMs: probe.longTasks.reduce((a, b) => a + b, 0),
    coachReadyMs: probe.coachAt === null ? null : Math.max(0, probe.coachAt - probe.loadEnd),
    declicWorlds,
  };
}

export const CHURN_WINDOW = CHURN_WINDOW_MS;
