/** Fields are where the volunteer types: clicking into one is not yet the step done. */
const FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * A step whose element the volunteer clicks (a button, a link, a menu item) is done by that click:
 * the guide moves on by itself and leaves the focus where the volunteer is — in the menu or popup
 * the click opened, which a click on "Next", outside it, would have closed. Steps where the
 * volunteer types keep "Next". Only the volunteer's own clicks count.
 */
export function onStepAction(el: Element, done: () => void, signal: AbortSignal): void {
  if (el.matches(FIELD) || el.querySelector(FIELD)) return;
  let fired = false;
  const click = (event: Event) => {
    if (!event.isTrusted || fired) return;
    fired = true;
    done();
  };
  el.addEventListener('click', click, { capture: true, signal });
}
