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
  // Styles and the launcher are never taken out by Déclic itself (but by removeLauncher, which
  // stops this first): when they go from the shadow root, the page took them.
  const lost: Node[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.target !== ui.shadow) continue;
      for (const node of record.removedNodes) if (node === ui.launcher || node.nodeName === 'STYLE') lost.push(node);
    }
    check();
  });
  // Taking Déclic's element out of the page takes the focus from it: it comes back with it.
  let focused: HTMLElement | null = null;
  let listening = new AbortController();
  const watch = () => {
    observer.disconnect();
    const parent = ui.host.parentNode;
    for (const node of [document, document.documentElement, parent, ui.shadow]) {
      if (node) observer.observe(node, { childList: true });
    }
    // The shadow root may be a new one (rehome): the focus is followed there.
    listening.abort();
    listening = new AbortController();
    const { signal } = listening;
    ui.shadow.addEventListener('focusin', (e) => (focused = e.target as HTMLElement), { signal });
    const left = (e: Event) => {
      if ((e as FocusEvent).relatedTarget) focused = null;
    };
    ui.shadow.addEventListener('focusout', left, { signal });
  };
  const check = () => {
    const claimed = claimedByPage(ui.host);
    if (gaveUp || (ui.host.isConnected && !lost.length && !claimed)) return;
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
    // Styles first: the launcher is never drawn unstyled.
    ui.shadow.prepend(...lost.splice(0).filter((node) => !node.isConnected && node !== ui.launcher));
    if (ui.launcher.parentNode !== ui.shadow) ui.shadow.append(ui.launcher);
    if (!followModal(ui.host, ui.shadow)) raiseAll(ui.shadow);
    ui.layout(true);
    const active = document.activeElement;
    if (focused?.isConnected && (!active || active === document.body)) focused.focus({ preventScroll: true });
    watch();
  };
  watch();
  stop = () => {
    listening.abort();
    observer.disconnect();
  };
  return { check };
}

export const stopKeeping = () => stop();

/** Moves everything Déclic drew into a fresh element of its own, that the page has not claimed. */
function rehome(ui: CoachUi): void {
  hosts().nameTaken = true;
  const old = ui.host;
  const fresh = createHost();
  // Everything moves, its stylesheets included (the fresh root's own copy of the tokens goes).
  fresh.shadow.replaceChildren(...ui.shadow.childNodes);
  old.remove();
  ui.host = fresh.host;
  ui.shadow = fresh.shadow;
}
