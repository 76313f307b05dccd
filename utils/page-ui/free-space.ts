/**
 * Where Déclic's boxes go: plain rectangle arithmetic, so it can be tested without a browser.
 * The caller lists the spots it may use (in its order of preference) and what must stay free
 * (the volunteer's work, the page's controls); the first spot that covers nothing wins, and when
 * every spot covers something, the one that covers least.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const right = (r: Rect) => r.left + r.width;
export const bottom = (r: Rect) => r.top + r.height;

/** The area two rectangles share (0 when they only touch). */
export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(right(a), right(b)) - Math.max(a.left, b.left);
  const h = Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

export function grow(r: Rect, by: number): Rect {
  return { left: r.left - by, top: r.top - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

/** How much of the things to keep free a spot would cover: work areas weigh by their area. */
export function coverage(spot: Rect, keepFree: readonly Rect[]): number {
  return keepFree.reduce((sum, r) => sum + overlap(spot, r), 0);
}

/**
 * The best spot: the first one (in the caller's order) that covers nothing, else the one covering
 * least. `extra` adds what only the page can tell (a control found under the spot).
 */
export function bestSpot<S extends Rect>(
  spots: readonly S[],
  keepFree: readonly Rect[],
  extra?: (s: S) => number,
): S & { score: number } {
  let best = spots[0] as S;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const spot of spots) {
    let score = coverage(spot, keepFree);
    // What only the page can tell costs hit tests: asked only of a spot that can still win.
    if (score < bestScore) score += extra?.(spot) ?? 0;
    if (score === 0) return { ...spot, score };
    if (score < bestScore) {
      best = spot;
      bestScore = score;
    }
  }
  return { ...best, score: bestScore };
}

export type Side = 'right' | 'left';

/** The launcher's spots on the volunteer's side first, then the other: along each edge, the middle first. */
export function launcherSpots(
  view: { width: number; height: number },
  size: { width: number; height: number },
  side: Side,
) {
  // From top to bottom, every thirtieth of the height (12 px at least, so small gaps between a
  // page's icons are found), nearest to 62 % first (where volunteers found it so far).
  const step = Math.max(12, Math.round(view.height / 30));
  const last = view.height - size.height - 8;
  const tops = Array.from({ length: Math.max(1, Math.floor((last - 8) / step) + 1) }, (_, i) => 8 + i * step);
  const home = view.height * 0.62 - size.height / 2;
  tops.sort((a, b) => Math.abs(a - home) - Math.abs(b - home));
  const sides: Side[] = side === 'right' ? ['right', 'left'] : ['left', 'right'];
  return sides.flatMap((edge) =>
    tops.map((top) => ({
      edge,
      left: edge === 'right' ? view.width - size.width : 0,
      top,
      width: size.width,
      height: size.height,
    })),
  );
}

const MARGIN = 12;

/**
 * The panel's spots: in each corner (the volunteer's side first), full size, then narrower and
 * shorter so it fits in a strip beside or above the work; never smaller than what stays readable.
 */
export function panelSpots(view: { width: number; height: number }, side: Side) {
  const widths = [380, 320, 272].map((w) => Math.min(w, view.width - 2 * MARGIN));
  const fullHeight = Math.min(620, view.height - 2 * MARGIN);
  const heights = [fullHeight, Math.max(200, Math.round(fullHeight / 2))];
  const sides: Side[] = side === 'right' ? ['right', 'left'] : ['left', 'right'];
  const spots: (Rect & { edge: Side })[] = [];
  for (const height of heights) {
    for (const width of [...new Set(widths)]) {
      for (const edge of sides) {
        const left = edge === 'right' ? view.width - MARGIN - width : MARGIN;
        spots.push({ edge, left, top: view.height - MARGIN - height, width, height });
        if (height < fullHeight) spots.push({ edge, left, top: MARGIN, width, height });
      }
    }
  }
  return spots;
}
