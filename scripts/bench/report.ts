import type { RunResult } from './measure';
import type { Scenario } from './scenarios';

export interface Stat {
  median: number;
  min: number;
  max: number;
}

export interface ScenarioReport {
  id: string;
  label: string;
  without: Record<keyof RunResult, Stat | null>;
  with: Record<keyof RunResult, Stat | null>;
  added: { taskMs: number; scriptMs: number; layoutMs: number; heapMb: number; longTasks: number };
  coachReadyMs: Stat | null;
  declicWorlds: number;
}

export function stat(values: (number | null)[]): Stat | null {
  const list = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!list.length) return null;
  const mid = Math.floor(list.length / 2);
  const median = list.length % 2 ? (list[mid] ?? 0) : ((list[mid - 1] ?? 0) + (list[mid] ?? 0)) / 2;
  return { median, min: list[0] ?? 0, max: list[list.length - 1] ?? 0 };
}

function summarise(runs: RunResult[]): Record<keyof RunResult, Stat | null> {
  const keys = Object.keys(runs[0] ?? {}) as (keyof RunResult)[];
  return Object.fromEntries(keys.map((key) => [key, stat(runs.map((run) => run[key]))])) as Record<
    keyof RunResult,
    Stat | null
  >;
}

export function reportFor(scenario: Scenario, without: RunResult[], withExt: RunResult[]): ScenarioReport {
  const a = summarise(without);
  const b = summarise(withExt);
  const diff = (key: keyof RunResult) => (b[key]?.median ?? 0) - (a[key]?.median ?? 0);
  return {
    id: scenario.id,
    label: scenario.label,
    without: a,
    with: b,
    added: {
      taskMs: diff('taskMs'),
      scriptMs: diff('scriptMs'),
      layoutMs: diff('layoutMs'),
      heapMb: diff('heapMb'),
      longTasks: diff('longTasks'),
    },
    coachReadyMs: b.coachReadyMs,
    declicWorlds: Math.max(...withExt.map((run) => run.declicWorlds)),
  };
}

const f = (n: number | undefined, digits = 1) => (n === undefined ? '–' : n.toFixed(digits));
const range = (s: Stat | null) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '–');

export function consoleTable(reports: ScenarioReport[]): string {
  const rows = reports.map((r) => ({
    scenario: r.id,
    'task ms without': range(r.without.taskMs),
    'task ms with': range(r.with.taskMs),
    'added task ms': f(r.added.taskMs),
    'added script ms': f(r.added.scriptMs),
    'added long tasks': f(r.added.longTasks, 0),
    'added heap MB': f(r.added.heapMb, 2),
    'coach ready ms': range(r.coachReadyMs),
    'Déclic worlds': r.declicWorlds,
  }));
  const headers = Object.keys(rows[0] ?? {});
  const widths = headers.map((h) =>
    Math.max(h.length, ...rows.map((row) => String(row[h as keyof typeof row]).length)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' │ ');
  return [
    line(headers),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...rows.map((row) => line(headers.map((h) => String(row[h as keyof typeof row])))),
  ].join('\n');
}

/** A bar chart of added main-thread time per scenario, with the 50 ms target line. */
export function svgChart(reports: ScenarioReport[], target = 50): string {
  const barH = 26;
  const left = 330;
  const width = 760;
  const scaleMax = Math.max(target * 1.5, ...reports.map((r) => Math.abs(r.added.taskMs))) * 1.1;
  const x = (v: number) => left + (Math.max(0, v) / scaleMax) * (width - left - 60);
  const height = 50 + reports.length * (barH + 10) + 30;
  const bars = reports
    .map((r, i) => {
      const y = 40 + i * (barH + 10);
      const v = r.added.taskMs;
      return `<text x="${left - 8}" y="${y + 18}" text-anchor="end" font-size="13">${r.label.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>
<rect x="${left}" y="${y}" width="${Math.max(1, x(v) - left)}" height="${barH}" fill="${v <= target ? '#1d4ed8' : '#b91c1c'}"/>
<text x="${x(v) + 6}" y="${y + 18}" font-size="13">${v.toFixed(1)} ms</text>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<title>Déclic: added main-thread time per page (median, ms)</title>
<text x="10" y="22" font-size="15" font-weight="bold">Added main-thread time with Déclic (median ms; churning page: over ${5} s)</text>
${bars}
<line x1="${x(target)}" y1="32" x2="${x(target)}" y2="${height - 20}" stroke="#b45309" stroke-dasharray="4 3"/>
<text x="${x(target) + 4}" y="${height - 8}" font-size="12" fill="#b45309">target ${target} ms</text>
</svg>
`;
}
