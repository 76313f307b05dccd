/**
 * What the benchmark runs inside the page's main world. Written as strings: the runner's
 * TypeScript tooling rewrites named functions with a helper the page does not have.
 */

/**
 * Registered before any page script, in both arms alike: long tasks, every animation frame
 * (frames per second), and the frame in which Déclic's launcher is first present and named.
 */
export const INIT_SCRIPT = `(() => {
  if (window.top !== window) return;
  const b = (window.__bench = { longTasks: [], frameTimes: [], coachAt: null, panel: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // A live collection: cheap to read every frame, even on a page of 57,000 nodes.
  const hosts = document.getElementsByTagName('declic-coach');
  const tick = () => {
    const now = performance.now();
    b.frameTimes.push(now);
    if (b.coachAt === null && hosts.length) {
      const button = hosts[0].shadowRoot && hosts[0].shadowRoot.querySelector('button.launcher');
      if (button && button.getAttribute('aria-label')) b.coachAt = now;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Resolves at `ms` after the page's loadEventEnd, by the page's own clock (not the runner's). */
export const untilAfterLoad = (ms: number) => `new Promise((resolve) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const end = nav.loadEventEnd + ${ms};
  const wait = () => {
    const left = end - performance.now();
    if (left <= 0) resolve(performance.now() - nav.loadEventEnd);
    else setTimeout(wait, left);
  };
  wait();
})`;

export interface PageProbe {
  loadEnd: number;
  coachAt: number | null;
  /** Long tasks that started before the window's end. */
  longTasks: number[];
  frames: number;
  marks: number;
  live: { batches: number; updates: number; batchesDoneAt: number | null } | null;
}

/** What the page saw from navigation to `ms` after load. */
export const readProbe = (ms: number) => `(() => {
  const b = window.__bench;
  const loadEnd = performance.getEntriesByType('navigation')[0].loadEventEnd;
  const end = loadEnd + ${ms};
  const highlight = CSS.highlights.get('declic-term');
  return {
    loadEnd,
    coachAt: b.coachAt,
    longTasks: b.longTasks.filter(([start]) => start < end).map(([, duration]) => duration),
    frames: b.frameTimes.filter((t) => t >= loadEnd && t < end).length,
    marks: highlight ? highlight.size : 0,
    live: window.__live ? { ...window.__live } : null,
  };
})()`;

export const COACH_READY = 'window.__bench && window.__bench.coachAt !== null';

/**
 * Before a click on the launcher: stamps the pointerdown (page time), then the moment the panel
 * is present and visible, then the next animation frame (the one that paints it).
 */
export const ARM_PANEL_WATCH = `(() => {
  const b = window.__bench;
  const shadow = document.getElementsByTagName('declic-coach')[0].shadowRoot;
  const p = (b.panel = { clickAt: null, shownAt: null, paintedAt: null });
  document.addEventListener('pointerdown', () => { p.clickAt = performance.now(); }, { capture: true, once: true });
  const visible = () => {
    const el = shadow.getElementById('declic-panel');
    if (!el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const observer = new MutationObserver(() => {
    if (p.shownAt !== null || !visible()) return;
    p.shownAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => { p.paintedAt = performance.now(); });
  });
  observer.observe(shadow, { childList: true, subtree: true, attributes: true });
})()`;

export const PANEL_PAINTED = 'window.__bench.panel && window.__bench.panel.paintedAt !== null';
export const PANEL_GONE = `!document.getElementsByTagName('declic-coach')[0].shadowRoot.getElementById('declic-panel')`;
export const PANEL_TIMES = 'window.__bench.panel';
