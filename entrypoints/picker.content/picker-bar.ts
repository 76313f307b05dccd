import { ensureStyle } from '../../utils/page-ui/host';
import { type PopoverElement, showOnTop } from '../../utils/page-ui/top-layer';
import type { MadeAnchor } from '../../utils/studio/make-anchor';
import css from './picker.css?inline';
import type { PickerWords } from './picker-words';
import { placeBand } from './place-band';
import type { PickerView } from './view';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};
const button = (label: string, run: () => void, primary = false) => {
  const b = el('button', primary ? 'primary' : '', label);
  b.type = 'button';
  b.addEventListener('click', run);
  return b;
};

/**
 * The band at the foot of the window while the studio points at the page: what to do, what is
 * under the pointer and how Déclic would find it, then (pointing) the choice to keep or not, or
 * (recording) the steps so far. In the top layer, so the page's own popups never cover it.
 */
export function createPickerBar(host: HTMLElement, shadow: ShadowRoot, onStop: () => void) {
  ensureStyle(shadow, 'picker', css);
  const bar: PopoverElement = el('section', 'picker-bar');
  bar.setAttribute('popover', 'manual');
  bar.setAttribute('aria-labelledby', 'declic-picker-title');
  const title = el('h2', 'picker-title');
  title.id = 'declic-picker-title';
  const hint = el('p', 'picker-hint');
  // What is under the pointer changes at every move: shown, not announced. The live region says
  // what the mentor did (a choice to confirm, a step recorded).
  const under = el('p', 'picker-under');
  const live = el('p', 'picker-live');
  live.setAttribute('role', 'status');
  const choice = el('div', 'picker-choice');
  const actions = el('div', 'picker-actions');
  bar.append(title, hint, under, live, choice, actions);
  const outline: PopoverElement = el('div', 'picker-outline');
  outline.setAttribute('popover', 'manual');
  shadow.append(outline, bar);
  showOnTop(bar);
  let words: PickerWords;

  const stopButton = (view: PickerView) =>
    button(words.say(view.mode === 'record' ? 'picker.finish' : 'picker.cancel'), onStop);
  const moveButton = () => button(words.say('picker.move'), () => placeBand(host, bar, true));
  const place = () => placeBand(host, bar);

  return {
    bar,
    update(view: PickerView, next: PickerWords) {
      words = next;
      title.textContent = words.say(view.mode === 'record' ? 'picker.record-title' : 'picker.point-title');
      hint.textContent = words.say(view.mode === 'record' ? 'picker.record-hint' : 'picker.point-hint');
      if (view.mode === 'record') live.textContent ||= words.sayCount('picker.recorded', view.recorded);
      actions.replaceChildren(stopButton(view), moveButton());
      place();
    },
    place,
    /** Rings the element under the pointer (null: none), and says how Déclic would find it. */
    hover(target: Element | null, made: MadeAnchor | null) {
      if (!target || !made) {
        outline.hidePopover?.();
        delete outline.dataset.shown;
        return;
      }
      const r = target.getBoundingClientRect();
      Object.assign(outline.style, {
        left: `${r.left - 3}px`,
        top: `${r.top - 3}px`,
        width: `${r.width + 6}px`,
        height: `${r.height + 6}px`,
      });
      showOnTop(outline);
      showOnTop(bar);
      if (!choice.childElementCount) under.textContent = words.say('picker.under', { what: words.summary(made) });
    },
    /** Pointing: every locator tried, the personal texts left out, and « Garder » when one finds it alone. */
    choose(made: MadeAnchor, keep: () => void, again: () => void) {
      const list = el('ul', 'picker-tried');
      for (const line of words.tried(made)) list.append(el('li', '', line));
      for (const text of made.refused) list.append(el('li', 'refused', words.say('picker.refused', { text })));
      const row = el('div', 'picker-actions');
      if (made.anchor.length) row.append(button(words.say('picker.keep'), keep, true));
      row.append(button(words.say('picker.again'), again));
      live.textContent = made.anchor.length ? words.say('picker.will-look') : words.say('picker.none');
      choice.replaceChildren(list, row);
      place();
      (row.firstElementChild as HTMLElement | null)?.focus();
    },
    clearChoice: () => {
      choice.replaceChildren();
      place();
    },
    say(text: string) {
      live.textContent = text;
    },
    remove() {
      bar.remove();
      outline.remove();
    },
  };
}

export type PickerBar = ReturnType<typeof createPickerBar>;
