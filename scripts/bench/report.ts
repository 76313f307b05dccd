import type { WindowRun } from './page-runs';
import { type Arm, FILES_ARMS, FRAME_WINDOW_MS, INBOX_ARMS } from './scenarios';
import { added, fmt, p50Of, p50p90, signed, spread } from './stats';
import type { CoachPage, ModeResults } from './suites';

/** One line of the summary: a figure, its value at each CPU speed, and its target. */
export interface Row {
  figure: string;
  values: string[];
  target: string;
}

const PAGES: [CoachPage, string][] = [
  ['light', 'light (Outlook)'],
  ['inbox', 'live inbox'],
  ['files', 'live files'],
];

const surfaceLine = (modes: ModeResults[], figure: string, target: string, cell: (m: ModeResults) => string) => ({
  figure,
  values: modes.map(cell),
  target,
});

const BREAKDOWN: ((r: WindowRun) => number)[] = [(r) => r.styleMs, (r) => r.layoutMs, (r) => r.scriptMs];

/** The summary table: every figure the issue asks for, 1× and throttled side by side. */
export function summaryRows(modes: ModeResults[]): Row[] {
  const rows: Row[] = [];
  const targets = { cold: '≤ 300', stopped: '≤ 200', warm: '≤ 100' } as const;
  for (const situation of ['cold', 'stopped', 'warm'] as const) {
    for (const [page, label] of PAGES) {
      rows.push(
        surfaceLine(modes, `time to coach, ${situation}, ${label} (ms p50 / p90)`, targets[situation], (m) =>
          p50p90(spread(m.coach[page][situation])),
        ),
      );
    }
  }
  for (const page of ['inbox', 'files'] as const) {
    const live = (m: ModeResults) => m.live[page];
    for (const [armId, label] of [
      ['glossary', 'glossary on'],
      ['launcher', 'glossary off'],
    ] as const) {
      rows.push(
        surfaceLine(modes, `live ${page}, ${label}: added task ms (p50)`, '≤ 50', (m) =>
          signed(added(live(m)[armId], live(m).without, (r) => r.taskMs)),
        ),
        surfaceLine(modes, `live ${page}, ${label}: added long tasks (p50)`, '0', (m) =>
          signed(added(live(m)[armId], live(m).without, (r) => r.longTasks)),
        ),
        surfaceLine(modes, `live ${page}, ${label}: added style / layout / script ms`, '–', (m) =>
          BREAKDOWN.map((pick) => signed(added(live(m)[armId], live(m).without, pick))).join(' / '),
        ),
      );
    }
  }
  const frames = (m: ModeResults) => m.frames;
  const fps = (m: ModeResults) =>
    (['without', 'launcher', 'with'] as const)
      .map((id) =>
        fmt(
          p50Of(frames(m)[id], (r) => r.fps),
          1,
        ),
      )
      .join(' / ');
  rows.push(surfaceLine(modes, 'every-frame page: fps without / glossary off / as shipped (p50)', 'unchanged', fps));
  for (const [id, label] of [
    ['with', 'as shipped'],
    ['launcher', 'glossary off'],
  ] as const) {
    rows.push(
      surfaceLine(modes, `every-frame page, ${label}: added CPU (task / window)`, '≤ 2 %', (m) => {
        const extra = added(frames(m)[id], frames(m).without, (r) => r.taskMs);
        return extra === null ? '–' : `${signed((extra / FRAME_WINDOW_MS) * 100, 1)} %`;
      }),
    );
  }
  for (const situation of ['cold', 'warm'] as const) {
    for (const [page, label] of PAGES) {
      rows.push(
        surfaceLine(
          modes,
          `panel open, ${situation}, ${label} (ms p50 / p90)`,
          situation === 'cold' ? '≤ 150' : '≤ 50',
          (m) => p50p90(spread(m.panel[page][situation])),
        ),
      );
    }
  }
  rows.push(
    surfaceLine(modes, 'Déclic worlds: coached page / unknown site', '≥ 1 / 0', (m) =>
      m.worlds.coachedPage.length ? `${Math.min(...m.worlds.coachedPage)} / ${Math.max(...m.worlds.nonTarget)}` : '–',
    ),
    surfaceLine(modes, 'machine load at each run’s start (1-min average)', '–', (m) => m.loadPerRun.join(', ')),
  );
  return rows;
}

/** Per surface on one live page: each arm against the page without Déclic and against the arm before (paired by run). */
export function surfaceRows(mode: ModeResults, page: 'inbox' | 'files'): Row[] {
  const arms: Arm[] = page === 'inbox' ? INBOX_ARMS : FILES_ARMS;
  const live = mode.live[page];
  const present = arms.filter((arm) => live[arm.id]?.length);
  return present.map((arm, i) => {
    const runs = live[arm.id];
    const before = i > 0 ? live[present[i - 1]?.id ?? 'without'] : undefined;
    const pick = (r: WindowRun) => r.taskMs;
    const surfaces = [...new Set(runs?.map((r) => r.surfaces?.join('+') ?? '–'))].join(', ');
    return {
      figure: arm.label,
      values: [
        fmt(p50Of(runs, pick)),
        arm.id === 'without' ? '' : signed(added(runs, live.without, pick)),
        before ? signed(added(runs, before, pick)) : '',
        fmt(p50Of(runs, (r) => r.longTasks)),
        fmt(p50Of(runs, (r) => r.scriptMs)),
        fmt(p50Of(runs, (r) => r.styleMs)),
        fmt(p50Of(runs, (r) => r.layoutMs)),
        fmt(p50Of(runs, (r) => r.marks)),
        surfaces,
      ],
      target: '',
    };
  });
}

export const SURFACE_HEADERS = [
  'arm',
  'task ms p50',
  'added vs without',
  'step vs arm above',
  'long tasks',
  'script ms',
  'style ms',
  'layout ms',
  'marks',
  'surfaces (background record)',
];
