import { beaconsPack } from './bench-pack';
import { type BenchEnv, type OpenArm, openArm } from './browser-arm';
import { countDeclicWorlds, stopWorkers } from './declic-signals';
import { untilAfterLoad } from './in-page';
import { measureWindow, timeToCoach, type WindowRun } from './page-runs';
import { panelOpen } from './panel-open';
import { type Arm, FRAME_WINDOW_MS, LIVE_WINDOW_MS, URLS } from './scenarios';

export type CoachPage = 'light' | 'inbox' | 'files';
/** The every-frame page: without Déclic, Déclic with the glossary off, Déclic as shipped. */
export type FrameArm = 'without' | 'launcher' | 'with';
type Ms = number | null;

/** Every figure of one mode (1× or throttled), one entry per run. */
export interface ModeResults {
  throttle: number;
  runs: number;
  coach: Record<CoachPage, { cold: Ms[]; stopped: Ms[]; warm: Ms[]; workerStopped: boolean[] }>;
  panel: Record<CoachPage, { cold: Ms[]; warm: Ms[] }>;
  live: Record<'inbox' | 'files', Partial<Record<Arm['id'], WindowRun[]>>>;
  frames: Record<FrameArm, WindowRun[]>;
  worlds: { coachedPage: number[]; nonTarget: number[] };
  /** The machine's 1-minute load average as each run started: which runs other jobs disturbed. */
  loadPerRun: number[];
}

export function emptyMode(throttle: number, runs: number): ModeResults {
  const coach = () => ({ cold: [], stopped: [], warm: [], workerStopped: [] });
  const panel = () => ({ cold: [], warm: [] });
  return {
    throttle,
    runs,
    coach: { light: coach(), inbox: coach(), files: coach() },
    panel: { light: panel(), inbox: panel(), files: panel() },
    live: { inbox: {}, files: {} },
    frames: { without: [], launcher: [], with: [] },
    worlds: { coachedPage: [], nonTarget: [] },
    loadPerRun: [],
  };
}

/** After the cold page: the panel, then the next page with the worker stopped, then warm. */
async function afterCold(arm: OpenArm, url: string, page: CoachPage, into: ModeResults) {
  const panel = await panelOpen(arm);
  into.panel[page].cold.push(panel.cold);
  into.panel[page].warm.push(panel.warm);
  into.coach[page].workerStopped.push(await stopWorkers(arm.cdp));
  into.coach[page].stopped.push(await timeToCoach(arm, url));
  into.coach[page].warm.push(await timeToCoach(arm, url));
}

/** The light page: coach times and panel, then no Déclic code at all on a site it does not know. */
export async function lightSuite(env: BenchEnv, into: ModeResults) {
  const arm = await openArm(env, { withExtension: true });
  into.coach.light.cold.push(await timeToCoach(arm, URLS.light));
  await afterCold(arm, URLS.light, 'light', into);
  // Runtime.enable reports the worlds already there: Déclic's on the coached page (the control).
  const worlds = await countDeclicWorlds(arm.cdp);
  into.worlds.coachedPage.push(worlds());
  await arm.page.goto(URLS.nonTarget, { waitUntil: 'load' });
  await arm.page.evaluate(untilAfterLoad(1000));
  into.worlds.nonTarget.push(worlds() - (into.worlds.coachedPage.at(-1) ?? 0));
  await arm.launched.close();
}

/** Turns the arms so that no arm is always the first (or last) of a run. */
export const rotate = <T>(list: T[], by: number) => [
  ...list.slice(by % list.length),
  ...list.slice(0, by % list.length),
];

/** One page's arms, each in its own fresh browser: the window, then (coach arm) the rest. */
export async function liveSuite(
  env: BenchEnv,
  page: 'inbox' | 'files',
  arms: Arm[],
  into: ModeResults,
  log = console.log,
) {
  for (const spec of arms) {
    const arm = await openArm(env, {
      withExtension: spec.withExtension,
      settings: spec.settings,
      packs: spec.beaconsPack ? [beaconsPack()] : undefined,
    });
    const run = await measureWindow(arm, spec.url, LIVE_WINDOW_MS);
    into.live[page][spec.id] = [...(into.live[page][spec.id] ?? []), run];
    log(`  ${page}/${spec.id}: task ${run.taskMs.toFixed(0)} ms, surfaces ${run.surfaces?.join('+') ?? '–'}`);
    if (spec.coach) {
      into.coach[page].cold.push(run.coachMs);
      await afterCold(arm, spec.url, page, into);
    }
    await arm.launched.close();
  }
}

/** The page that changes on every frame; the glossary-off arm tells the glossary's share apart. */
export async function framesSuite(env: BenchEnv, order: FrameArm[], into: ModeResults, log = console.log) {
  for (const id of order) {
    const settings = id === 'launcher' ? { glossary: false } : undefined;
    const arm = await openArm(env, { withExtension: id !== 'without', settings });
    const run = await measureWindow(arm, URLS.frames, FRAME_WINDOW_MS);
    into.frames[id].push(run);
    log(`  frames/${id}: ${run.fps.toFixed(1)} fps, task ${run.taskMs.toFixed(0)} ms, marks ${run.marks}`);
    await arm.launched.close();
  }
}

/**
 * One throwaway browser over every page before the first measure: the disk cache, the server and
 * the browser binary are warm, so the first arm measured is not slower for being first.
 */
export async function warmUp(env: BenchEnv) {
  const arm = await openArm(env, { withExtension: false });
  for (const url of [URLS.light, URLS.inbox, URLS.files, URLS.frames]) await arm.page.goto(url, { waitUntil: 'load' });
  await arm.launched.close();
}
