import type { Locator } from '@playwright/test';

/**
 * For each element of `targets` with a visible centre (in the viewport, not scrolled out of a
 * scrolling box; the top layer is never clipped): whether a click there would reach it. The topmost element at its centre is
 * followed into open shadow roots (Déclic's host, then its content).
 */
export function reachedAtCentre(targets: Locator): Promise<{ name: string; reached: boolean }[]> {
  return targets.evaluateAll((els) =>
    els.flatMap((el) => {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      if (r.width < 1 || r.height < 1 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return [];
      // Scrolled out of a panel or a list: not visible, not counted.
      for (
        let up: Element | null = el.parentElement;
        up;
        up = up.parentElement ?? (up.getRootNode() as ShadowRoot).host ?? null
      ) {
        // A scrolling box clips at its padding box: a centre under its border or scrollbar is hidden too.
        const b = up.getBoundingClientRect();
        const [left, top] = [b.left + up.clientLeft, b.top + up.clientTop];
        const clips = getComputedStyle(up).overflow !== 'visible';
        if (clips && (x < left || x > left + up.clientWidth || y < top || y > top + up.clientHeight)) return [];
        // The top layer (an open popover) is drawn above its ancestors: none of them clips it.
        if (up.matches(':popover-open')) break;
      }
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return [{ name: name.slice(0, 40), reached: !!hit && el.contains(hit) }];
    }),
  );
}
