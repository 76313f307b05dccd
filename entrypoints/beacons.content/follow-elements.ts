import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A beacon's size: 26 px, at least the 24 px of WCAG 2.5.8. */
const SIZE = 26;

export interface FollowedBeacons {
  add(key: string, button: HTMLButtonElement, element: Element): void;
  has(key: string): boolean;
  keys(): string[];
  remove(key: string): void;
  clear(): void;
}

/**
 * Beacons follow their element: scroll (of the page or of any box), resize, re-layouts. Each sits
 * just after its element, centred on it, so it covers none of the page's own text; before it
 * when the element touches the right edge.
 */
export function followElements(ctx: ContentScriptContext): FollowedBeacons {
  const beacons = new Map<string, { button: HTMLButtonElement; element: Element }>();
  let pending = false;
  const place = () => {
    pending = false;
    for (const [key, { button, element }] of beacons) {
      if (!element.isConnected) {
        button.remove();
        beacons.delete(key);
        continue;
      }
      const r = element.getBoundingClientRect();
      button.hidden = r.width === 0 && r.height === 0;
      button.style.top = `${Math.max(0, r.top + r.height / 2 - SIZE / 2)}px`;
      button.style.left = `${r.right + SIZE + 6 <= window.innerWidth ? r.right + 4 : Math.max(0, r.left - SIZE - 4)}px`;
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
