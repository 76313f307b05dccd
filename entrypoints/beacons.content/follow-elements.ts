import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { beaconSpot } from './beacon-spot';

export interface FollowedBeacons {
  add(key: string, button: HTMLButtonElement, element: Element): void;
  has(key: string): boolean;
  keys(): string[];
  remove(key: string): void;
  clear(): void;
}

interface Followed {
  button: HTMLButtonElement;
  element: Element;
  /** Where the element was when its spot was chosen: the spot is chosen again only when it moved. */
  at?: string;
}

/**
 * Beacons follow their element: scroll (of the page or of any box), resize, re-layouts. Each sits
 * beside its element where it covers none of the page's controls (see beacon-spot.ts).
 */
export function followElements(ctx: ContentScriptContext): FollowedBeacons {
  const beacons = new Map<string, Followed>();
  let pending = false;
  const place = () => {
    pending = false;
    const moved = [...beacons].some(([, b]) => b.at !== where(b.element));
    const taken: { left: number; top: number }[] = [];
    for (const [key, beacon] of beacons) {
      const { button, element } = beacon;
      if (!element.isConnected) {
        button.remove();
        beacons.delete(key);
        continue;
      }
      const r = element.getBoundingClientRect();
      // An element scrolled away, or parked off the window (a flyout menu), has no beacon meanwhile.
      button.hidden =
        (r.width === 0 && r.height === 0) ||
        r.bottom < 0 ||
        r.right < 0 ||
        r.top > window.innerHeight ||
        r.left > window.innerWidth;
      // One element moved: all are placed again, so that no two beacons meet.
      if (moved || beacon.at === undefined) {
        const spot = beaconSpot(r, element, taken);
        button.style.top = `${spot.top}px`;
        button.style.left = `${spot.left}px`;
        beacon.at = where(element);
      }
      taken.push({ left: Number.parseFloat(button.style.left), top: Number.parseFloat(button.style.top) });
    }
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(place);
  };
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule);
  ctx.setInterval(schedule, 1000);

  return {
    add(key, button, element) {
      for (const beacon of beacons.values()) beacon.at = undefined;
      beacons.set(key, { button, element });
      schedule();
    },
    has: (key) => beacons.has(key),
    keys: () => [...beacons.keys()],
    remove(key) {
      beacons.get(key)?.button.remove();
      beacons.delete(key);
    },
    clear() {
      for (const { button } of beacons.values()) button.remove();
      beacons.clear();
    },
  };
}

const where = (element: Element) => {
  const r = element.getBoundingClientRect();
  return `${r.left},${r.top},${r.width},${r.height},${window.innerWidth},${window.innerHeight}`;
};
