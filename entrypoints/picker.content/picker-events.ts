import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnHost } from '../../utils/page-ui/own-hosts';
import { pickable } from './pick-target';

export interface PickHandlers {
  /** null: the picker has no view yet (or any more). */
  mode(): 'point' | 'record' | null;
  /** A place is chosen and waits for « Garder » or « Choisir un autre »: hovering stops. */
  choosing(): boolean;
  hover(target: Element | null): void;
  choose(target: Element): void;
  record(target: Element): void;
  stop(): void;
}

/** A browser's own click on a label's field follows the label's pointerdown: not a second step. */
const SAME_CLICK_MS = 500;

/**
 * The picker's listeners on the window, before the page's own. Only the mentor's own hand
 * counts: a page's script can fake clicks (`el.click()`) to slip steps into a guide, or keys to
 * end pointing; the page still gets its own events. Pointing: the page never acts on the click
 * that chooses. Recording: the page works as usual, and Esc is the page's (closing its compose
 * window) unless the focus is in Déclic's band.
 */
export function listenForPicks(ctx: ContentScriptContext, on: PickHandlers): void {
  const ours = (event: Event) => event.composedPath().some((node) => isOwnHost(node));
  const targetOf = (event: Event) => {
    const first = event.composedPath()[0];
    return first instanceof Element ? pickable(first) : null;
  };
  const block = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const listen = <E extends Event>(type: string, handler: (event: E) => void) =>
    ctx.addEventListener(window, type, (event) => event.isTrusted && handler(event as E), { capture: true });
  let recordedAt = 0;

  let hovered: Element | null = null;
  listen<PointerEvent>('pointermove', (event) => {
    if (!on.mode() || on.choosing() || ours(event)) return;
    const target = targetOf(event);
    if (target === hovered) return;
    hovered = target;
    on.hover(target);
  });
  listen<PointerEvent>('pointerdown', (event) => {
    const mode = on.mode();
    const target = targetOf(event);
    if (!mode || ours(event) || event.button !== 0 || !target) return;
    if (mode === 'record') {
      recordedAt = event.timeStamp;
      return on.record(target);
    }
    block(event);
    if (!on.choosing()) on.choose(target);
  });
  // A click made with the keyboard (Enter on a button) has no pointerdown: its step is made here.
  for (const type of ['pointerup', 'mousedown', 'mouseup', 'click', 'auxclick', 'dblclick']) {
    listen<MouseEvent>(type, (event) => {
      const mode = on.mode();
      if (!mode || ours(event)) return;
      if (mode === 'point') return block(event);
      const target = targetOf(event);
      const keyboard = type === 'click' && event.detail === 0 && event.timeStamp - recordedAt > SAME_CLICK_MS;
      if (keyboard && target) on.record(target);
    });
  }
  listen<KeyboardEvent>('keydown', (event) => {
    const mode = on.mode();
    if (!mode) return;
    if (event.key === 'Escape' && (mode === 'point' || ours(event))) {
      block(event);
      return on.stop();
    }
    const focused = document.activeElement;
    if (ours(event) || mode !== 'point' || event.key !== 'Enter' || !focused || focused === document.body) return;
    block(event);
    if (!on.choosing()) on.choose(pickable(focused));
  });
}
