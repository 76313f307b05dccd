import { bestSpot, grow, launcherSpots, type Rect, type Side } from './free-space';
import { controlsUnder, workAreas } from './work-area';

/**
 * Puts the launcher and the open panel where they hide nothing the volunteer needs: away from the
 * work areas (see work-area.ts) and from the page's controls, on the volunteer's side first.
 * A control hidden weighs like a large piece of work, so an empty strip always wins.
 */
export const CONTROL_WEIGHT = 50_000;
export const viewport = () => ({ width: document.documentElement.clientWidth || innerWidth, height: innerHeight });

export interface Placed {
  edge: Side;
  rect: Rect;
}

/** The launcher on an edge, off the work and the controls, and off the open panel (`avoid`). */
export function placeLauncher(host: Element, launcher: HTMLElement, side: Side, avoid: Rect[] = []): Placed {
  const size = { width: launcher.offsetWidth || 120, height: launcher.offsetHeight || 44 };
  const work = [...workAreas(host), ...avoid.map((r) => grow(r, 8))];
  const spot = bestSpot(
    launcherSpots(viewport(), size, side),
    work,
    (s) => controlsUnder(s, host, 3, 2) * CONTROL_WEIGHT,
  );
  launcher.classList.toggle('at-left', spot.edge === 'left');
  launcher.style.setProperty('top', `${spot.top}px`);
  return { edge: spot.edge, rect: spot };
}
