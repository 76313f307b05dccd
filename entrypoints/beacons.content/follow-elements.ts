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
  /** The element's box when its spot was chosen, and the spot's offset from the box's corner. */
  chosenFor?: string;
  offset?: { left: number; top: number };
  /** Where the element was last seen: a change means the page moved since the spots were chosen. */
  seenAt?: string;
}

/** Once the page stops moving for this long, the spots are chosen again (hit tests). */
const SETTLE_MS = 200;

/**
 * Beacons follow their element: scroll (of the page or of any box), resize, re-layouts. Each sits
 * beside its element where it covers none of the page's controls (see beacon-spot.ts). Choosing
 * a spot hit-tests the page, so while the page scrolls a beacon only moves with its element, and
 * its spot is chosen again once the page is still. Every box is read before any beacon moves.
 */
export function followElements(ctx: ContentScriptContext): FollowedBeacons {
  const beacons = new Map<string, Followed>();
  let pending = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let moved = false;

  const place = (choose: boolean) => {
    pending = false;
    const read = [...beacons].flatMap(([key, beacon]) => {
      if (beacon.element.isConnected) return [{ beacon, r: beacon.element.getBoundingClientRect() }];
      beacon.button.remove();
      beacons.delete(key);
      return [];
    });
    const taken: { left: number; top: number }[] = [];
    const moves = read.map(({ beacon, r }) => {
      // An element scrolled away, or parked off the window (a flyout menu), has no beacon meanwhile.
      const hidden = (r.width === 0 && r.height === 0) || r.bottom < 0 || r.right < 0;
      if (hidden || r.top > window.innerHeight || r.left > window.innerWidth) return { beacon, spot: null };
      const box = `${r.width},${r.height},${window.innerWidth},${window.innerHeight}`;
      const at = `${r.left},${r.top}`;
      if (beacon.seenAt !== undefined && beacon.seenAt !== at) moved = true;
      beacon.seenAt = at;
      let spot: { left: number; top: number };
      if (!choose && beacon.offset && beacon.chosenFor === box) {
        spot = { left: r.left + beacon.offset.left, top: r.top + beacon.offset.top };
      } else {
        spot = beaconSpot(r, beacon.element, taken);
        beacon.offset = { left: spot.left - r.left, top: spot.top - r.top };
        beacon.chosenFor = box;
      }
      taken.push(spot);
      return { beacon, spot };
    });
    for (const { beacon, spot } of moves) {
      beacon.button.hidden = spot === null;
      if (!spot) continue;
      beacon.button.style.top = `${spot.top}px`;
      beacon.button.style.left = `${spot.left}px`;
    }
  };
  const schedule = () => {
    if (settle) clearTimeout(settle);
    // Chosen again only if something moved: a still page is never hit-tested twice.
    settle = setTimeout(() => {
      if (!moved) return;
      moved = false;
      requestAnimationFrame(() => place(true));
    }, SETTLE_MS);
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => place(false));
  };
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule);
  ctx.setInterval(schedule, 1000);
  ctx.onInvalidated(() => clearTimeout(settle));

  return {
    add(key, button, element) {
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
