import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { waitForAnchor } from '../../utils/anchors/locate';
import { getCoachUi } from '../../utils/coach-ui';
import { markupToDom } from '../../utils/markup-dom';
import { type BeaconView, onMessage, sendMessage } from '../../utils/messaging';
import { createCard } from '../../utils/page-card';
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
    const card = createCard();
    let style: HTMLStyleElement | undefined;

    const clear = () => {
      abort.abort();
      abort = new AbortController();
      for (const { button } of beacons.values()) button.remove();
      beacons.clear();
      card.hide();
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
      const mark = (status: 'got-it' | 'hidden') => {
        void setTipStatus(tip.key, status);
        button.remove();
        beacons.delete(tip.key);
      };
      const r = button.getBoundingClientRect();
      card.show(
        {
          key: tip.key,
          lang: view.lang,
          title: tip.title,
          body: [markupToDom(tip.body)],
          actions: [
            { label: view.labels.gotIt, run: () => mark('got-it'), primary: true },
            { label: view.labels.hide, run: () => mark('hidden') },
            { label: view.labels.close, run: () => undefined },
          ],
        },
        { x: r.left - 150, y: r.bottom - 10 },
        true,
      );
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
