import { bestSpot, panelSpots, type Side } from './free-space';
import { CONTROL_WEIGHT, type Placed, viewport } from './place-coach';
import { controlsUnder, workAreas } from './work-area';

/** The panel beside the work; the launcher then moves off it (a second click closes the panel). */
export function placePanel(host: Element, panel: HTMLElement, side: Side): Placed {
  const spot = bestSpot(
    panelSpots(viewport(), side),
    workAreas(host),
    (s) => controlsUnder(s, host, 4, 6) * CONTROL_WEIGHT,
  );
  for (const [key, value] of Object.entries({ left: spot.left, top: spot.top, width: spot.width })) {
    panel.style.setProperty(key, `${value}px`);
  }
  panel.style.setProperty('max-height', `${spot.height}px`);
  return { edge: spot.edge, rect: spot };
}
