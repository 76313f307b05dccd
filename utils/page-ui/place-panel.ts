import { bestSpot, coverage, panelSpots, type Side } from './free-space';
import { hides, type Placed, viewport } from './place-coach';
import { visibleControls, workAreas } from './work-area';

/**
 * The panel beside the work; the launcher then moves off it (a second click closes the panel).
 * Where it is stays best while it hides nothing: a panel that jumps about is hard to read.
 */
export function placePanel(host: Element, panel: HTMLElement, side: Side, chosen = false): Placed {
  const spots = panelSpots(viewport(), side);
  const current = spots.find((s) => `${s.left},${s.top},${s.width}` === panel.dataset.spot);
  const controls = visibleControls(host);
  const work = workAreas(host);
  const pick = (among: typeof spots) =>
    bestSpot(current ? [current, ...among] : among, work, (s) => hides(s, controls));
  // The side the volunteer chose wins over the page's controls there, never over their work.
  const mine = chosen ? pick(spots.filter((s) => s.edge === side)) : null;
  const spot = mine && coverage(mine, work) === 0 ? mine : pick(spots);
  panel.dataset.spot = `${spot.left},${spot.top},${spot.width}`;
  for (const [key, value] of Object.entries({ left: spot.left, top: spot.top, width: spot.width })) {
    panel.style.setProperty(key, `${value}px`);
  }
  panel.style.setProperty('max-height', `${spot.height}px`);
  return { edge: spot.edge, rect: spot };
}
