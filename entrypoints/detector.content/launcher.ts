import { type CoachUi, getCoachUi, PANEL_ID, setCoachUi } from '../../utils/page-ui/coach-ui';
import { createHost } from '../../utils/page-ui/host';
import { showOnTop } from '../../utils/page-ui/top-layer';
import type { LauncherView } from '../../utils/surfaces/surface-views';
import { stopLayout, watchLayout } from './coach-layout';
import { keepCoach, stopKeeping } from './keep-coach';
import css from './launcher.css?inline';

/**
 * Draws the coach launcher in plain DOM: it appears on every coached page, so it must cost
 * almost nothing. React (the panel) is only loaded when the volunteer opens it.
 */
export function showLauncher(view: LauncherView, onOpen: (ui: CoachUi, intent: 'open' | 'prepare') => void): CoachUi {
  let ui = getCoachUi();
  if (!ui?.host.isConnected) {
    const { host, shadow } = createHost();
    const style = document.createElement('style');
    style.textContent = css;
    const launcher = document.createElement('button');
    launcher.type = 'button';
    launcher.className = 'launcher';
    launcher.dir = 'ltr';
    launcher.setAttribute('popover', 'manual');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-controls', PANEL_ID);
    const mark = document.createElement('span');
    mark.className = 'mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '?';
    const text = document.createElement('span');
    text.setAttribute('aria-hidden', 'true');
    launcher.append(mark, text);
    shadow.append(style, launcher);
    const created: CoachUi = { host, shadow, launcher, openWhenLoaded: false, side: 'right', layout: () => undefined };
    launcher.addEventListener('click', () => onOpen(created, 'open'));
    for (const type of ['pointerenter', 'focus']) launcher.addEventListener(type, () => onOpen(created, 'prepare'));
    ui = created;
    setCoachUi(ui);
    showOnTop(launcher);
    watchLayout(ui);
    ui.keep = keepCoach(ui);
  }
  const [label, short] = [view.labels.launcher, view.labels.launcherShort];
  ui.launcher.setAttribute('aria-label', label);
  const text = ui.launcher.lastElementChild;
  if (text) text.textContent = short;
  // A right-to-left page keeps its main work on the right: the coach starts on the left there.
  const side = view.side ?? (document.dir === 'rtl' ? 'left' : 'right');
  ui.chosen = !!view.side;
  if (side !== ui.side || !ui.launcher.style.top) {
    ui.side = side;
    // Placed before its first paint: a button that moves as one reaches for it is missed.
    ui.layout(true);
  }
  return ui;
}

export function removeLauncher(): void {
  const ui = getCoachUi();
  ui?.panel?.toggle(false);
  stopLayout();
  stopKeeping();
  ui?.host.remove();
  setCoachUi(undefined);
}
