import { bestSpot, coverage, grow, launcherSpots, overlap, type Rect, type Side } from './free-space';
import { controlsUnder, workAreas } from './work-area';

/**
 * Puts the launcher and the open panel where they hide nothing the volunteer needs: away from the
 * work areas (see work-area.ts) and from the page's controls, on the volunteer's side first.
 * A control hidden weighs like a large piece of work, so an empty strip always wins.
 */
export const CONTROL_WEIGHT = 50_000;
/** What a spot costs in the controls it hides (rectangles read once; see visibleControls). */
export const hides = (spot: Rect, controls: Rect[]) =>
  controls.reduce((sum, c) => sum + (overlap(spot, c) > 0 ? CONTROL_WEIGHT : 0), 0);
const COMPACT = 48;
const NAMED = 132;
// The window without its scroll bar.
export const viewport = () => ({ width: document.documentElement.clientWidth, height: innerHeight });

export interface Placed {
  edge: Side;
  rect: Rect;
}

/**
 * The launcher on an edge, off the work and the controls, and off the open panel (`avoid`). Where
 * it is stays best while it hides nothing: a button that jumps away as one reaches for it is lost.
 */
export function placeLauncher(
  host: Element,
  launcher: HTMLElement,
  side: Side,
  avoid: Rect[] = [],
  chosen = false,
): Placed {
  const work = [...workAreas(host), ...avoid.map((r) => grow(r, 8))];
  const edge = launcher.classList.contains('at-left') ? 'left' : 'right';
  const best = (width: number, only?: Side) => {
    const spots = launcherSpots(viewport(), { width, height: 44 }, side).filter((s) => !only || s.edge === only);
    const top = launcher.getBoundingClientRect().top;
    const current = spots.find((s) => s.top === top && s.edge === edge);
    // A point every 16 px or so: small icon buttons are found too.
    return bestSpot(current ? [current, ...spots] : spots, work, (s) => controlsUnder(s, host, 8, 3) * CONTROL_WEIGHT);
  };
  // Its named width ("? Astuces", "? Tips"), the same whether it is drawn round or not.
  let named = best(NAMED);
  // The side the volunteer chose wins over the page's controls there, never over their work.
  const mine = chosen && named.edge !== side ? best(NAMED, side) : null;
  if (mine && coverage(mine, work) === 0) named = mine;
  // Nowhere free for the named button (a small window, a zoomed page): the round "?" alone.
  const compact = named.score > 0 ? best(COMPACT, mine ? side : undefined) : null;
  const spot = compact && compact.score < named.score ? compact : named;
  launcher.classList.toggle('compact', spot === compact);
  launcher.classList.toggle('at-left', spot.edge === 'left');
  launcher.style.setProperty('top', `${spot.top}px`);
  return { edge: spot.edge, rect: spot };
}
