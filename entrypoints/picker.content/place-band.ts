import { bestSpot, type Rect } from '../../utils/page-ui/free-space';
import { hides, viewport } from '../../utils/page-ui/place-coach';
import { visibleControls, workAreas } from '../../utils/page-ui/work-area';

const MARGIN = 12;

/** The band's possible places: the foot of the window first, then the top, centred, then the corners. */
function bandSpots(width: number, height: number): Rect[] {
  const view = viewport();
  const w = Math.min(width, view.width - 2 * MARGIN);
  const lefts = [(view.width - w) / 2, MARGIN, view.width - w - MARGIN];
  const tops = [view.height - height - MARGIN, MARGIN];
  return tops.flatMap((top) => lefts.map((left) => ({ left, top, width: w, height })));
}

/**
 * Puts the band where it hides neither the mentor's work (a compose window, a dialog) nor the
 * page's controls: the mentor must reach what they point at or record. It stays where it is
 * while that hides nothing (a band that jumps about is hard to use); « Déplacer » forces a move.
 */
export function placeBand(host: Element, band: HTMLElement, moveOn = false): void {
  const r = band.getBoundingClientRect();
  const spots = bandSpots(Math.max(r.width, 320), r.height);
  const current = spots.find((s) => `${s.left},${s.top}` === band.dataset.spot);
  const work = workAreas(host);
  const controls = visibleControls(host);
  const order = moveOn ? spots.filter((s) => s !== current) : current ? [current, ...spots] : spots;
  const spot = bestSpot(order, work, (s) => hides(s, controls));
  band.dataset.spot = `${spot.left},${spot.top}`;
  band.style.setProperty('left', `${spot.left}px`);
  band.style.setProperty('top', `${spot.top}px`);
}
