import type { CoachUi } from '../../utils/page-ui/coach-ui';
import { placeLauncher } from '../../utils/page-ui/place-coach';
import { followModal } from '../../utils/page-ui/top-layer';

/**
 * Keeps the launcher and the open panel off the volunteer's work while the page changes: a
 * compose window opening, a field taking the focus, a modal dialog, the window resized or zoomed.
 * Each burst of changes costs one placement, SETTLE_MS after it.
 */
const SETTLE_MS = 150;
let stop: () => void = () => undefined;

export function layoutNow(ui: CoachUi): void {
  followModal(ui.host, ui.shadow);
  // The panel places itself (its code comes with it); the launcher then keeps off it.
  const panel = ui.panel?.place() ?? null;
  placeLauncher(ui.host, ui.launcher, ui.side, panel ? [panel] : [], ui.chosen);
}

export function watchLayout(ui: CoachUi): void {
  stop();
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const options = { signal: abort.signal, passive: true };
  // Never moved while the volunteer presses on it: the click would land beside it.
  let pressed = false;
  ui.launcher.addEventListener('pointerdown', () => (pressed = true), options);
  addEventListener('pointerup', () => (pressed = false), { ...options, capture: true });
  ui.layout = (now) => {
    if (pressed) now = false;
    if (now) {
      clearTimeout(timer);
      timer = undefined;
      return layoutNow(ui);
    }
    timer ??= setTimeout(() => {
      timer = undefined;
      if (pressed) ui.layout();
      else if (ui.host.isConnected) layoutNow(ui);
    }, SETTLE_MS);
  };
  const soon = () => ui.layout();
  addEventListener('resize', soon, options);
  // A field taking the focus is where the volunteer works now (ours excepted); a modal dialog
  // takes the focus as it opens. Windows coming and going: the detector's page watcher calls us.
  document.addEventListener(
    'focusin',
    (e) => {
      if (e.target === ui.host) return;
      // A modal dialog makes the rest of the page inert at once: go inside it at once too.
      followModal(ui.host, ui.shadow);
      soon();
    },
    options,
  );
  stop = () => {
    abort.abort();
    clearTimeout(timer);
    ui.layout = () => undefined;
  };
}

export const stopLayout = () => stop();
