import { getCoachUi } from '../coach-ui';
import type { GlossaryEntry, GlossaryView } from '../messaging';

/**
 * The explanation card, drawn in the coach's shadow root without React. It follows WCAG 1.4.13:
 * it stays while hovered or focused, closes with Escape or its button, and never moves focus
 * unless it was opened from the keyboard.
 */
export interface TermCard {
  show(entry: GlossaryEntry, at: { x: number; y: number }, focus: boolean): void;
  hide(): void;
  isOpenFor(key: string): boolean;
}

/**
 * Where cards are drawn: the coach's shadow root on a coached page; elsewhere (a word explained
 * from the context menu on any page) a `declic-coach` element of their own, made on first use.
 */
export function cardRoot(): ShadowRoot {
  const coach = getCoachUi();
  if (coach?.host.isConnected) return coach.shadow;
  let host = document.querySelector('declic-coach');
  if (!host?.shadowRoot) {
    host = document.createElement('declic-coach');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = TERM_CARD_CSS;
    shadow.append(style);
    // Keys typed in the card must not trigger the page's own shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
    document.documentElement.append(host);
  }
  return host.shadowRoot as ShadowRoot;
}

/** The words a card needs, in the user's language. */
export type CardLabels = GlossaryView['labels'];

export function createTermCard(
  view: { lang: GlossaryView['lang']; labels: CardLabels },
  onKnow: ((entry: GlossaryEntry) => void) | null,
): TermCard {
  let card: HTMLElement | undefined;
  let current: string | undefined;
  let returnFocus: Element | null = null;

  const hide = () => {
    card?.remove();
    card = undefined;
    current = undefined;
    document.removeEventListener('keydown', onKey, true);
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
    returnFocus = null;
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && card) {
      event.stopPropagation();
      hide();
    }
  };

  return {
    isOpenFor: (key) => current === key,
    hide,
    show(entry, at, focus) {
      const shadow = cardRoot();
      hide();
      if (focus) returnFocus = shadow.activeElement ?? document.activeElement;
      card = document.createElement('section');
      card.className = 'term-card';
      card.setAttribute('role', 'dialog');
      card.setAttribute('aria-modal', 'false');
      card.setAttribute('lang', view.lang);
      card.setAttribute('aria-label', entry.term);
      const title = document.createElement('h2');
      title.textContent = entry.term;
      title.tabIndex = -1;
      const definition = document.createElement('p');
      definition.textContent = entry.definition;
      card.append(title, definition);
      if (entry.example) {
        const example = document.createElement('p');
        example.className = 'term-example';
        example.textContent = `${view.labels.example} ${entry.example}`.trim();
        card.append(example);
      }
      const actions = document.createElement('div');
      actions.className = 'term-actions';
      if (onKnow) {
        const know = document.createElement('button');
        know.type = 'button';
        know.textContent = view.labels.know;
        know.addEventListener('click', () => {
          onKnow(entry);
          hide();
        });
        actions.append(know);
      }
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = view.labels.close;
      close.addEventListener('click', hide);
      actions.append(close);
      card.append(actions);
      // Near the word, kept inside the window.
      const left = Math.max(8, Math.min(at.x, window.innerWidth - 340));
      const top = at.y + 18 + 220 > window.innerHeight ? Math.max(8, at.y - 230) : at.y + 18;
      card.style.left = `${left}px`;
      card.style.top = `${top}px`;
      shadow.append(card);
      current = entry.key;
      document.addEventListener('keydown', onKey, true);
      if (focus) title.focus();
    },
  };
}

export const TERM_CARD_CSS = `
.term-card { position: fixed; width: min(320px, calc(100vw - 16px)); box-sizing: border-box; background: #fff;
  color: #1f2937; border: 2px solid #1d4ed8; border-radius: 10px; padding: 10px 14px; box-shadow: 0 6px 20px rgb(0 0 0 / .28);
  font: 16px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
.term-card h2 { font-size: 17px; margin: 0 0 4px; }
.term-card h2:focus { outline: none; }
.term-card p { margin: 0 0 6px; }
.term-example { color: #4b5563; }
.term-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.term-actions button { font: inherit; min-height: 44px; border-radius: 8px; border: 2px solid #1d4ed8; background: #fff;
  color: #1e3a8a; padding: 4px 12px; cursor: pointer; }
.term-actions button:first-child { background: #1d4ed8; color: #fff; }
.term-actions button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
`;
