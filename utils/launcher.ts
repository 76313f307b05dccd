import { type CoachUi, getCoachUi, PANEL_ID, setCoachUi } from './coach-ui';
import css from './launcher.css?inline';
import type { CoachState } from './messaging';
import { createStore } from './store';

/**
 * Draws the coach launcher in plain DOM: it appears on every coached page, so it must cost
 * almost nothing. React (the panel) is only loaded when the user opens it.
 */
export function showLauncher(state: CoachState, onOpen: (ui: CoachUi) => void): CoachUi {
  let ui = getCoachUi();
  if (!ui?.host.isConnected) {
    const host = document.createElement('declic-coach');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const launcher = document.createElement('button');
    launcher.type = 'button';
    launcher.className = 'launcher';
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
    // Keys typed in Déclic must not trigger the page's own shortcuts (Gmail's "c", "e"…).
    for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
    const created: CoachUi = { host, shadow, launcher, store: createStore(state), openWhenLoaded: false };
    launcher.addEventListener('click', () => onOpen(created));
    // Outside <body>: page styles and transforms on body cannot move or hide it.
    document.documentElement.append(host);
    ui = created;
    setCoachUi(ui);
  }
  ui.store.set(state);
  const [label, short] = [state.labels.launcher, state.labels.launcherShort];
  ui.launcher.setAttribute('aria-label', label);
  ui.launcher.title = label;
  const text = ui.launcher.lastElementChild;
  if (text) text.textContent = short;
  return ui;
}

export function removeLauncher(): void {
  const ui = getCoachUi();
  ui?.panel?.toggle(false);
  ui?.host.remove();
  setCoachUi(undefined);
}
