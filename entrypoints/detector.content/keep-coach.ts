import { sendMessage } from '../../utils/messaging/protocol';
import type { CoachUi } from '../../utils/page-ui/coach-ui';
import { createHost } from '../../utils/page-ui/host';
import { claimedByPage, hosts } from '../../utils/page-ui/own-hosts';
import { followModal, raiseAll } from '../../utils/page-ui/top-layer';

/** How many times a minute the coach comes back before Déclic gives up on the page. */
export const MAX_RETURNS = 5;
const WINDOW_MS = 60_000;
let stop: () => void = () => undefined;

/**
 * A page may remove Déclic's element or its launcher, replace its root, or make `declic-coach`
 * one of its own custom elements: the coach comes back at once, the same element put back (the
 * panel, the guide and their state with it), or its content moved into a fresh plain element
 * when the page claimed the name. The observers watch only the few nodes the element hangs from,
 * never the page's subtree. A page that keeps doing it wins: past MAX_RETURNS a minute Déclic
 * stops coming back (no fight with the page) and tells the background, so the toolbar popup
 * shows the coach's tips instead. `check` is also called by the detector when the page changes.
 */
export function keepCoach(ui: CoachUi): { check(): void } {
  stop();
  const returns: number[] = [];
  let gaveUp = false;
  const observer = new MutationObserver(() => check());
  const watch = () => {
    observer.disconnect();
    const parent = ui.host.parentNode;
    for (const node of [document, document.documentElement, parent, ui.shadow]) {
      if (node) observer.observe(node, { childList: true });
    }
  };
  const check = () => {
    const claimed = claimedByPage(ui.host);
    if (gaveUp || (ui.host.isConnected && ui.launcher.parentNode === ui.shadow && !claimed)) return;
    const now = Date.now();
    while (returns.length && now - (returns[0] ?? 0) > WINDOW_MS) returns.shift();
    if (returns.length >= MAX_RETURNS) {
      gaveUp = true;
      observer.disconnect();
      void sendMessage('coachBlocked').catch(() => undefined);
      return;
    }
    returns.push(now);
    if (claimed) rehome(ui);
    if (ui.launcher.parentNode !== ui.shadow) ui.shadow.append(ui.launcher);
    if (!followModal(ui.host, ui.shadow)) raiseAll(ui.shadow);
    ui.layout(true);
    watch();
  };
  watch();
  stop = () => observer.disconnect();
  return { check };
}

export const stopKeeping = () => stop();

/** Moves everything Déclic drew into a fresh element of its own, that the page has not claimed. */
function rehome(ui: CoachUi): void {
  hosts().nameTaken = true;
  const old = ui.host;
  const fresh = createHost();
  fresh.shadow.append(...ui.shadow.childNodes);
  old.remove();
  ui.host = fresh.host;
  ui.shadow = fresh.shadow;
}
