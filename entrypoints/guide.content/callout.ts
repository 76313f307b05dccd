import { otherLanguage } from '../../utils/packs/pack-languages';
import type { CoachUi } from '../../utils/page-ui/coach-ui';
import { markupToDom } from '../../utils/page-ui/markup-dom';
import { type PopoverElement, raise, showOnTop } from '../../utils/page-ui/top-layer';
import type { Verdict } from '../../utils/storage/local-items';
import { followTarget } from './follow-target';
import { placeBeside } from './place-beside';
import { onStepAction } from './step-action';
import { stepFeedback } from './step-feedback';
import { stepWordsElement } from './step-words';
import type { GuideView } from './view';

export interface GuideCallout {
  remove(): void;
  /** The keyboard shortcut, during a guide: straight to the step's main button ("Next"). */
  focus(): void;
}

interface Actions {
  /** `byAction`: the volunteer did the step on the page (see step-action.ts). */
  step(step: number, byAction?: boolean): void;
  end(finished: boolean): void;
  feedback(verdict: Verdict | null): void;
}

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
};

/** One step: the callout with its words and buttons, the ring around the element once found. */
/** `takeFocus`: false when the volunteer moved on by acting on the page: the focus stays there. */
export function createCallout(ui: CoachUi, view: GuideView, actions: Actions, takeFocus = true): GuideCallout {
  const { guide, step, labels, lang } = view;
  const current = guide.steps[step];
  const last = step === guide.steps.length - 1;
  const box: PopoverElement = make('section', 'declic guide-callout docked');
  box.setAttribute('popover', 'manual');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', 'false');
  box.setAttribute('aria-labelledby', 'declic-guide-step');
  box.lang = lang;
  box.dir = 'ltr';
  const heading = make('h2', undefined, labels.step);
  heading.id = 'declic-guide-step';
  heading.tabIndex = -1;
  const text = make('div', 'guide-text');
  text.append(markupToDom(current?.text[lang] ?? ''));
  // A pack written in the other language only: its words are said with their own language.
  const textLang = current && otherLanguage(current.text, lang);
  if (textLang) text.lang = textLang;
  const note = make('p', 'guide-note');
  note.setAttribute('role', 'status');
  note.hidden = true;
  const buttons = make('div', 'guide-actions');
  const button = (label: string, run: () => void, primary = false) => {
    const b = make('button', primary ? 'primary' : undefined, label);
    b.type = 'button';
    b.addEventListener('click', run);
    buttons.append(b);
    return b;
  };
  button(labels.back, () => actions.step(step - 1)).disabled = step === 0;
  const next = () => (last ? actions.end(true) : actions.step(step + 1));
  const main = button(last ? labels.finish : labels.next, next, true);
  button(labels.stop, () => actions.end(false));
  const feedback = stepFeedback(
    { group: labels.feedback, helped: labels.helped, unclear: labels.unclear },
    view.verdict,
    actions.feedback,
  );
  const title = make('p', 'guide-title', guide.title[lang]);
  title.lang = otherLanguage(guide.title, lang) ?? lang;
  // After the step's buttons: « Suivant » stays the first thing the keyboard meets.
  box.append(title, heading, text, note, buttons, stepWordsElement(view.words, labels.words), feedback);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.end(false);
  });

  const ring: PopoverElement = make('div', 'guide-ring');
  ring.setAttribute('aria-hidden', 'true');
  ring.setAttribute('popover', 'manual');
  ui.shadow.append(box);
  showOnTop(box);
  const acted = new AbortController();
  if (takeFocus) heading.focus();
  else announceStep(box, `${labels.step}. ${text.textContent ?? ''}`);

  const setNote = (words: string | null) => {
    note.hidden = words === null;
    note.textContent = words ?? '';
  };
  const follow = current?.anchor
    ? followTarget(current.anchor, ui, {
        searching: () => setNote(labels.searching),
        missing: () => {
          ring.remove();
          box.classList.add('docked');
          box.style.removeProperty('top');
          box.style.removeProperty('left');
          setNote(labels.notFound);
        },
        found: (el) => {
          if (!last) onStepAction(el, () => actions.step(step + 1, true), acted.signal);
          setNote(null);
          // The ring comes before the callout: the callout stays on top of it.
          box.before(ring);
          showOnTop(ring);
          raise(box);
        },
        moved: (r) => {
          Object.assign(ring.style, {
            top: `${r.top - 4}px`,
            left: `${r.left - 4}px`,
            width: `${r.width + 8}px`,
            height: `${r.height + 8}px`,
          });
          const size = box.getBoundingClientRect();
          const at = placeBeside(r, { width: size.width, height: size.height });
          box.classList.remove('docked');
          box.style.top = `${at.top}px`;
          box.style.left = `${at.left}px`;
        },
        raised: () => {
          raise(ring);
          raise(box);
        },
      })
    : null;

  return {
    focus: () => main.focus(),
    remove() {
      acted.abort();
      follow?.stop();
      ring.remove();
      box.remove();
    },
  };
}

/** Said by screen readers without moving the focus: a polite live region, filled once it exists. */
function announceStep(box: HTMLElement, words: string): void {
  const live = make('p', 'visually-hidden');
  live.setAttribute('role', 'status');
  box.append(live);
  setTimeout(() => (live.textContent = words), 100);
}
