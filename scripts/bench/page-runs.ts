import type { OpenArm } from './browser-arm';
import { pageMetrics } from './browser-arm';
import { declicDone } from './declic-signals';
import { COACH_READY, type PageProbe, readProbe, untilAfterLoad } from './in-page';

/** One measured page: Chromium's counters and what the page itself saw, over one window. */
export interface WindowRun {
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  heapMb: number;
  nodes: number;
  /** Navigation to the metrics read: the same for both arms by construction (page clock). */
  windowMs: number;
  loadMs: number;
  longTasks: number;
  longTaskMs: number;
  fps: number;
  marks: number;
  /** loadEventEnd → launcher present and named, 0 if before load; null: never in the window. */
  coachMs: number | null;
  /** The background's record of the tab: which surfaces ran (null without Déclic). */
  surfaces: string[] | null;
  shown: boolean | null;
  liveUpdates: number | null;
}

const coachAfterLoad = (probe: PageProbe) =>
  probe.coachAt === null ? null : Math.max(0, probe.coachAt - probe.loadEnd);

/**
 * Loads `url` and measures from navigation to `windowMs` after its load event, by the page's
 * clock, so both arms cover the same stretch of the page's life whatever the runner does.
 */
export async function measureWindow(arm: OpenArm, url: string, windowMs: number): Promise<WindowRun> {
  const since = Date.now();
  await arm.page.goto(url, { waitUntil: 'load' });
  await arm.page.evaluate(untilAfterLoad(windowMs));
  const metrics = await pageMetrics(arm.cdp);
  const probe = (await arm.page.evaluate(readProbe(windowMs))) as PageProbe;
  const check = arm.launched.serviceWorker ? await declicDone(arm.launched, new URL(url).origin, since) : null;
  return {
    taskMs: metrics.taskMs,
    scriptMs: metrics.scriptMs,
    styleMs: metrics.styleMs,
    layoutMs: metrics.layoutMs,
    heapMb: metrics.heapMb,
    nodes: metrics.nodes,
    windowMs: metrics.sinceNavigationMs,
    loadMs: probe.loadEnd,
    longTasks: probe.longTasks.length,
    longTaskMs: probe.longTasks.reduce((a, b) => a + b, 0),
    fps: probe.frames / (windowMs / 1000),
    marks: probe.marks,
    coachMs: coachAfterLoad(probe),
    surfaces: check?.surfaces ?? null,
    shown: check?.shown ?? null,
    liveUpdates: probe.live?.updates ?? null,
  };
}

/** Loads `url` and waits for the launcher: its time after load (null if it never came in 15 s). */
export async function timeToCoach(arm: OpenArm, url: string): Promise<number | null> {
  const since = Date.now();
  await arm.page.goto(url, { waitUntil: 'load' });
  const ready = await arm.page
    .waitForFunction(COACH_READY, null, { polling: 100, timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  const probe = (await arm.page.evaluate(readProbe(0))) as PageProbe;
  // Déclic done with this page before the next step (a worker stop must not cut its work short).
  await declicDone(arm.launched, new URL(url).origin, since);
  return ready ? coachAfterLoad(probe) : null;
}
