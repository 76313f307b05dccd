import { waitForAnchor } from '../../utils/anchors/wait-for-anchor';
import type { Anchor } from '../../utils/packs/pack-schema';
import type { CoachUi } from '../../utils/page-ui/coach-ui';
import type { Box } from './place-beside';

/** How long a step waits for its element to appear (a dialog opening, a list loading). */
const WAIT_MS = 4000;

interface Events {
  searching(): void;
  missing(): void;
  found(el: Element): void;
  /** The element's rectangle changed (scroll, zoom, re-layout). */
  moved(box: Box): void;
  /** Déclic's element moved into the page's modal dialog: the popovers go on top again. */
  raised(): void;
}

/**
 * Finds a step's element, waiting a little for late ones, then follows it on every frame: scroll
 * containers, sticky headers, zoom and re-layouts all move it, and one rectangle read per frame
 * costs next to nothing. An element the app re-renders away is looked for again.
 */
export function followTarget(anchor: Anchor, ui: CoachUi, on: Events): { stop(): void } {
  const abort = new AbortController();
  let frame = 0;
  let backFromModal: () => void = () => undefined;

  const search = () => {
    on.searching();
    void waitForAnchor(anchor, { timeoutMs: WAIT_MS, signal: abort.signal, root: ui.anchorRoot }).then((match) => {
      if (abort.signal.aborted) return;
      if (!match) return on.missing();
      const el = match.element;
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth) {
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      backFromModal = enterModal(el, ui, on.raised);
      on.found(el);
      let last = '';
      const tick = () => {
        if (abort.signal.aborted) return;
        if (!el.isConnected) {
          backFromModal();
          return search();
        }
        const box = el.getBoundingClientRect();
        const key = `${box.top}|${box.left}|${box.width}|${box.height}`;
        if (key !== last) {
          last = key;
          on.moved({ top: box.top, left: box.left, width: box.width, height: box.height });
        }
        frame = requestAnimationFrame(tick);
      };
      tick();
    });
  };
  search();

  return {
    stop() {
      abort.abort();
      cancelAnimationFrame(frame);
      backFromModal();
    },
  };
}

/**
 * While the page shows a modal <dialog>, everything outside it is inert, even what is drawn above
 * it: Déclic's element goes inside that dialog for the step, and comes back after (or when the page
 * closes its dialog). This is the only time Déclic moves its element.
 */
function enterModal(el: Element, ui: CoachUi, raised: () => void): () => void {
  const modal = el.closest('dialog:modal');
  if (!modal || modal.contains(ui.host)) return () => undefined;
  modal.append(ui.host);
  raised();
  let moved = true;
  const back = () => {
    if (moved && ui.host.isConnected && ui.host.parentElement !== document.documentElement) {
      document.documentElement.append(ui.host);
    }
    moved = false;
    modal.removeEventListener('close', back);
  };
  modal.addEventListener('close', back, { once: true });
  return back;
}
