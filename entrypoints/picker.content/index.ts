import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../utils/messaging/protocol';
import { createHost } from '../../utils/page-ui/host';
import { makeAnchor } from '../../utils/studio/make-anchor';
import { markLoaded, markUnloaded } from '../../utils/surfaces/loaded-surfaces';
import { onView } from '../../utils/surfaces/on-view';
import { stepSentence } from './pick-target';
import { createPickerBar } from './picker-bar';
import { listenForPicks } from './picker-events';
import { wordsOf } from './picker-words';
import type { PickerView } from './view';

/**
 * The studio's picker in a tool's page. Pointing: hovering rings an element and says how Déclic
 * would find it, a click (or Enter on the focused element) chooses it without the page acting,
 * the mentor keeps it or chooses again. Recording: the page works as usual, and each click
 * becomes a step (its anchor and a sentence from its name); nothing typed is ever read. The
 * events that do this are in picker-events.ts.
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
        const picked = { anchor: made.anchor, sentence: stepSentence(made, view.sayings) };
        // Refused (a text that looks personal, checked again there): the mentor chooses again.
        void sendMessage('studioPicked', picked).then(
          (kept) => kept || bar.say(words.say('picker.none')),
          () => bar.say(words.say('picker.none')),
        );
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
      const skipped = () => bar.say(words.say('picker.skipped'));
      void sendMessage('studioPicked', { anchor: made.anchor, sentence }).then((kept) => kept || skipped(), skipped);
      // The click may open a window of the page (a compose box): the band moves off it.
      setTimeout(() => bar.place(), PLACE_AFTER_MS);
    };

    listenForPicks(ctx, {
      mode: () => view?.mode ?? null,
      choosing: () => choosing,
      hover(target) {
        hovered = target;
        showHovered();
      },
      choose,
      record,
      stop,
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
