import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../utils/messaging/protocol';
import { createHost } from '../../utils/page-ui/host';
import { isOwnHost } from '../../utils/page-ui/own-hosts';
import { makeAnchor } from '../../utils/studio/make-anchor';
import { markLoaded, markUnloaded } from '../../utils/surfaces/loaded-surfaces';
import { onView } from '../../utils/surfaces/on-view';
import { pickable, stepSentence } from './pick-target';
import { createPickerBar } from './picker-bar';
import { wordsOf } from './picker-words';
import type { PickerView } from './view';

/**
 * The studio's picker in a tool's page. Pointing: hovering rings an element and says how Déclic
 * would find it, a click (or Enter on the focused element) chooses it without the page acting,
 * the mentor keeps it or chooses again. Recording: the page works as usual, and each click
 * becomes a step (its anchor and a sentence from its name); nothing typed is ever read.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    if (!markLoaded('picker')) return;
    const { host, shadow } = createHost();
    const stop = () => void sendMessage('studioStop', undefined).catch(() => undefined);
    const bar = createPickerBar(host, shadow, stop);
    let view: PickerView | null = null;
    let words = wordsOf({ lang: 'fr', mode: 'point', recorded: 0, words: {}, sayings: blankSayings });
    let hovered: Element | null = null;
    let choosing = false;
    let lastStep = '';

    const ours = (event: Event) => event.composedPath().some((node) => isOwnHost(node));
    const targetOf = (event: Event) => {
      const first = event.composedPath()[0];
      return first instanceof Element ? pickable(first) : null;
    };
    const block = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };

    let frame = 0;
    const showHovered = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => bar.hover(hovered, hovered?.isConnected ? makeAnchor(hovered) : null));
    };
    const choose = (target: Element) => {
      choosing = true;
      hovered = target;
      const made = makeAnchor(target);
      bar.hover(target, made);
      const keep = () => {
        if (!view) return;
        void sendMessage('studioPicked', { anchor: made.anchor, sentence: stepSentence(made, view.sayings) });
      };
      const again = () => {
        choosing = false;
        bar.clearChoice();
      };
      bar.choose(made, keep, again);
    };
    const record = (target: Element) => {
      if (!view) return;
      const made = makeAnchor(target);
      if (!made.anchor.length) return bar.say(words.say('picker.skipped'));
      const sentence = stepSentence(made, view.sayings);
      lastStep = sentence[view.lang];
      void sendMessage('studioPicked', { anchor: made.anchor, sentence }).catch(() => undefined);
      // The click may open a window of the page (a compose box): the band moves off it.
      setTimeout(() => bar.place(), PLACE_AFTER_MS);
    };

    // Only the mentor's own hand counts: a page's script can fake clicks (`el.click()`) to slip
    // steps into the guide, or keys to end pointing. The page still gets its own events.
    const listen = <E extends Event>(type: string, handler: (event: E) => void) =>
      ctx.addEventListener(window, type, (event) => event.isTrusted && handler(event as E), { capture: true });
    listen<PointerEvent>('pointermove', (event) => {
      if (!view || choosing || ours(event)) return;
      const target = targetOf(event);
      if (target === hovered) return;
      hovered = target;
      showHovered();
    });
    listen<PointerEvent>('pointerdown', (event) => {
      if (!view || ours(event) || event.button !== 0) return;
      const target = targetOf(event);
      if (!target) return;
      if (view.mode === 'record') return record(target);
      block(event);
      if (!choosing) choose(target);
    });
    // Pointing: the page never acts on the click that chooses. Recording: a click made with the
    // keyboard (Enter on a button) has no pointerdown, and makes its step here.
    for (const type of ['pointerup', 'mousedown', 'mouseup', 'click', 'auxclick', 'dblclick']) {
      listen<MouseEvent>(type, (event) => {
        if (!view || ours(event)) return;
        if (view.mode === 'point') return block(event);
        const target = targetOf(event);
        if (type === 'click' && event.detail === 0 && target) record(target);
      });
    }
    listen<KeyboardEvent>('keydown', (event) => {
      if (!view) return;
      if (event.key === 'Escape') {
        block(event);
        return stop();
      }
      const focused = document.activeElement;
      if (ours(event) || view.mode !== 'point' || event.key !== 'Enter' || !focused || focused === document.body)
        return;
      block(event);
      if (!choosing) choose(pickable(focused));
    });

    ctx.addEventListener(window, 'resize', () => bar.place());
    ctx.onInvalidated(
      onView<PickerView>('picker', (next) => {
        if (!next) return ctx.notifyInvalidated();
        view = next;
        words = wordsOf(next);
        bar.update(next, words);
        if (next.mode === 'record') {
          const count = words.sayCount('picker.recorded', next.recorded);
          bar.say(lastStep ? `${count} ${words.say('picker.last', { text: lastStep })}` : count);
        }
      }),
    );
    ctx.onInvalidated(() => {
      cancelAnimationFrame(frame);
      bar.remove();
      host.remove();
      markUnloaded('picker');
    });
  },
});

/** Long enough for the page to show what a click opened. */
const PLACE_AFTER_MS = 400;

const blankSayings = { fr: { click: '', field: '', here: '' }, en: { click: '', field: '', here: '' } };
