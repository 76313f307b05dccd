import { isOwnHost } from '../../utils/page-ui/own-hosts';

/** A beacon's size: 26 px, at least the 24 px of WCAG 2.5.8. */
export const SIZE = 26;
const GAP = 4;

/** What the volunteer clicks or types in: a beacon must never sit on one. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="option"], [contenteditable]:not([contenteditable="false"])';

interface Box {
  left: number;
  top: number;
}

const overlaps = (a: Box, b: Box) => Math.abs(a.left - b.left) < SIZE && Math.abs(a.top - b.top) < SIZE;

/** The page's topmost element at a point, under Déclic's own host. */
function pageElementAt(x: number, y: number): Element | undefined {
  return document.elementsFromPoint(x, y).find((el) => !isOwnHost(el));
}

/** Whether a beacon there covers none of the page's controls, nor its own element. */
function isFree(spot: Box, target: Element): boolean {
  const points = [
    [spot.left + SIZE / 2, spot.top + SIZE / 2],
    [spot.left + 2, spot.top + 2],
    [spot.left + SIZE - 2, spot.top + 2],
    [spot.left + 2, spot.top + SIZE - 2],
    [spot.left + SIZE - 2, spot.top + SIZE - 2],
  ] as const;
  return points.every(([x, y]) => {
    const hit = pageElementAt(x, y);
    return !hit || (!hit.closest(INTERACTIVE) && !target.contains(hit));
  });
}

/**
 * Where a beacon goes beside its element: after it, before it, under it or over it, the first
 * place inside the window that covers none of the page's controls (a toolbar's next button, the
 * menu's next item) and no other beacon; else on the element's own end.
 */
export function beaconSpot(r: DOMRect, target: Element, taken: Box[]): Box {
  const middle = r.top + r.height / 2 - SIZE / 2;
  const candidates: Box[] = [
    { left: r.right + GAP, top: middle },
    { left: r.left - SIZE - GAP, top: middle },
    { left: r.right - SIZE, top: r.bottom + GAP },
    { left: r.right - SIZE, top: r.top - SIZE - GAP },
  ];
  const inWindow = (b: Box) =>
    b.left >= 0 && b.top >= 0 && b.left + SIZE <= window.innerWidth && b.top + SIZE <= window.innerHeight;
  const spot = candidates.find((b) => inWindow(b) && !taken.some((t) => overlaps(t, b)) && isFree(b, target));
  if (spot) return spot;
  // Nothing free around it: the beacon goes on the element itself, at its end (in the top corner of
  // a tile, which keeps blank space there), covering part of what the tip is about, not its neighbour.
  const tile = r.width >= 2 * SIZE && r.height >= 2 * SIZE;
  const clamp = (v: number, max: number) => Math.min(Math.max(0, v), Math.max(0, max - SIZE));
  return {
    left: clamp(r.right - SIZE - 2, window.innerWidth),
    top: clamp(tile ? r.top + 2 : middle, window.innerHeight),
  };
}
