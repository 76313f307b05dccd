import { defineContentScript } from 'wxt/utils/define-content-script';
import { waitForAnchor } from '../../utils/anchors/wait-for-anchor';
import { sendMessage } from '../../utils/messaging/protocol';
import { getCoachUi } from '../../utils/page-ui/coach-ui';
import { ensureStyle } from '../../utils/page-ui/host';
import { markupToDom } from '../../utils/page-ui/markup-dom';
import { createCard } from '../../utils/page-ui/page-card';
import { markLoaded, markUnloaded } from '../../utils/surfaces/loaded-surfaces';
import { onView } from '../../utils/surfaces/on-view';
import css from './beacons.css?inline';
import { followElements } from './follow-elements';
import type { BeaconsView } from './view';

/** How long a tip waits for its element (a list still loading). */
const WAIT_MS = 5000;

type BeaconTip = BeaconsView['tips'][number];

/**
 * Anchored tips: a small "?" beside their element; pressing it opens the tip there. An element
 * that cannot be found simply gets no beacon: the tip stays in the panel, as always.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    if (!markLoaded('beacons')) return;
    const beacons = followElements(ctx);
    let abort = new AbortController();
    const card = createCard();

    const clear = () => {
      abort.abort();
      abort = new AbortController();
      beacons.clear();
      card.hide();
    };

    const openCard = (view: BeaconsView, tip: BeaconTip, button: HTMLButtonElement) => {
      const mark = (status: 'got-it' | 'hidden') => {
        void sendMessage('setTipStatus', { key: tip.key, status }).catch(() => undefined);
        beacons.remove(tip.key);
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

    // A new view (after any change of progress) keeps the beacons still wanted where they are.
    const show = (view: BeaconsView) => {
      const ui = getCoachUi();
      abort.abort();
      abort = new AbortController();
      if (!ui || ctx.isInvalid) return clear();
      ensureStyle(ui.shadow, 'beacons', css);
      const wanted = new Set(view.tips.map((tip) => tip.key));
      for (const key of beacons.keys()) if (!wanted.has(key)) beacons.remove(key);
      const { signal } = abort;
      for (const tip of view.tips) {
        if (beacons.has(tip.key)) continue;
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
          beacons.add(tip.key, button, match.element);
        });
      }
    };

    ctx.onInvalidated(
      onView<BeaconsView>('beacons', (view) => {
        if (view?.tips.length) show(view);
        // No longer applies: the script stops altogether (`loaded` means running and listening).
        else ctx.notifyInvalidated();
      }),
    );
    ctx.onInvalidated(() => {
      clear();
      markUnloaded('beacons');
    });
  },
});
