/** Percentiles over runs: p50 (median) and p90 by nearest rank; missing runs are counted apart. */
export interface Spread {
  p50: number;
  p90: number;
  min: number;
  max: number;
  n: number;
  /** Runs that gave no figure (the coach never came, the panel never opened). */
  missing: number;
}

export function spread(values: readonly (number | null | undefined)[]): Spread | null {
  const list = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (!list.length) return null;
  const rank = (p: number) => list[Math.min(list.length - 1, Math.max(0, Math.ceil(p * list.length) - 1))] ?? 0;
  const mid = Math.floor(list.length / 2);
  const p50 = list.length % 2 ? (list[mid] ?? 0) : ((list[mid - 1] ?? 0) + (list[mid] ?? 0)) / 2;
  return {
    p50,
    p90: rank(0.9),
    min: list[0] ?? 0,
    max: list.at(-1) ?? 0,
    n: list.length,
    missing: values.length - list.length,
  };
}

/** Median of one field over runs. */
export const p50Of = <T>(runs: readonly T[] | undefined, pick: (run: T) => number | null): number | null =>
  runs?.length ? (spread(runs.map(pick))?.p50 ?? null) : null;

/**
 * What Déclic adds: the median over runs of (with − without) within the same run. Arms of one
 * run are measured within a minute of each other, so a burst of other work on the machine moves
 * both alike and mostly cancels out (negative numbers are noise).
 */
export function added<T>(
  withRuns: readonly T[] | undefined,
  without: readonly T[] | undefined,
  pick: (run: T) => number,
) {
  if (!withRuns?.length || !without?.length) return null;
  const n = Math.min(withRuns.length, without.length);
  const diffs = Array.from({ length: n }, (_, i) => pick(withRuns[i] as T) - pick(without[i] as T));
  return spread(diffs)?.p50 ?? null;
}

export const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);

export const signed = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '–' : `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(digits)}`;

export const p50p90 = (s: Spread | null, digits = 0) =>
  s ? `${fmt(s.p50, digits)} / ${fmt(s.p90, digits)}${s.missing ? ` (${s.missing} none)` : ''}` : '–';
