import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { waitForAnchor } from '../../utils/anchors/locate';
import { getCoachUi } from '../../utils/coach-ui';
import { markupToDom } from '../../utils/markup-dom';
import { type BeaconView, onMessage, sendMessage } from '../../utils/messaging';
import { setTipStatus } from '../../utils/storage-items';
import { BEACON_CSS } from './beacon-css';

const LOADED = Symbol.for('declic.beacons-loaded');
/** How long a tip waits for its element (a list still loading). */
const WAIT_MS = 5000;

type BeaconTip = BeaconView['tips'][number];

/**
 * Anchored tips: a small "?" beside their element; pressing it opens the tip there. An element
 * that cannot be found simply gets no beacon: the tip stays in the panel, as always.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const flags = globalThis as Record<symbol, unknown>;
    if (flags[LOADED]) return;
    flags[LOADED] = true;
    ctx.onInvalidated(() => delete flags[LOADED]);

    const beacons = new Map<string, { button: HTMLButtonElement; element: Element }>();
    let abort = new AbortController();
    let card: HTMLElement | undefined;
    let style: HTMLStyleElement | undefined;

    const closeCard = (refocus?: HTMLElement) => {
      card?.remove();
      card = undefined;
      refocus?.focus();
    };
    const clear = () => {
      abort.abort();
      abort = new AbortController();
      for (const { button } of beacons.values()) button.remove();
      beacons.clear();
      closeCard();
    };

    // Beacons follow their element: scroll (of the page or of any box), resize, re-layouts.
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
        // Just after the element, centred on it, so it covers none of the page's own text; before
        // it when the element touches the right edge.
        button.style.top = `${Math.max(0, r.top + r.height / 2 - 13)}px`;
        button.style.left = `${r.right + 32 <= window.innerWidth ? r.right + 4 : Math.max(0, r.left - 30)}px`;
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

    const openCard = (view: BeaconView, tip: BeaconTip, button: HTMLButtonElement) => {
      const ui = getCoachUi();
      if (!ui) return;
      closeCard();
      card = document.createElement('section');
      card.className = 'beacon-card';
      card.setAttribute('role', 'dialog');
      card.setAttribute('aria-modal', 'false');
      card.setAttribute('aria-label', tip.title);
      card.lang = view.lang;
      const title = document.createElement('h2');
      title.textContent = tip.title;
      title.tabIndex = -1;
      const body = document.createElement('div');
      body.append(markupToDom(tip.body));
      const actions = document.createElement('div');
      actions.className = 'beacon-actions';
      const action = (label: string, run: () => void, primary = false) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        if (primary) b.className = 'primary';
        b.addEventListener('click', run);
        actions.append(b);
      };
      const mark = (status: 'got-it' | 'hidden') => {
        void setTipStatus(tip.key, status);
        closeCard();
        button.remove();
        beacons.delete(tip.key);
      };
      action(view.labels.gotIt, () => mark('got-it'), true);
      action(view.labels.hide, () => mark('hidden'));
      action(view.labels.close, () => closeCard(button));
      card.append(title, body, actions);
      card.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') closeCard(button);
      });
      const r = button.getBoundingClientRect();
      card.style.top = `${r.bottom + 240 > window.innerHeight ? Math.max(8, r.top - 248) : r.bottom + 8}px`;
      card.style.left = `${Math.max(8, Math.min(r.left - 150, window.innerWidth - 348))}px`;
      ui.shadow.append(card);
      title.focus();
    };

    const load = async () => {
      const view = await sendMessage('getBeacons').catch(() => null);
      const ui = getCoachUi();
      clear();
      if (!view || !ui || ctx.isInvalid) return;
      if (!style?.isConnected) {
        style = document.createElement('style');
        style.textContent = BEACON_CSS;
        ui.shadow.append(style);
      }
      const { signal } = abort;
      for (const tip of view.tips) {
        void waitForAnchor(tip.anchor, { timeoutMs: WAIT_MS, signal }).then((match) => {
          if (!match || signal.aborted || beacons.has(tip.key)) return;
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'beacon';
          button.textContent = '?';
          button.setAttribute('aria-label', tip.beaconLabel);
          button.title = tip.beaconLabel;
          button.addEventListener('click', () => openCard(view, tip, button));
          ui.shadow.append(button);
          beacons.set(tip.key, { button, element: match.element });
          schedule();
        });
      }
    };
    void load();
    ctx.onInvalidated(clear);
    ctx.onInvalidated(
      onMessage('pushCoachState', ({ sender }) => {
        // Settings, packs or the tool changed: the beacons are asked for again.
        if (sender.id === browser.runtime.id && !sender.tab) void load();
      }),
    );
  },
});
