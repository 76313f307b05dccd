import css from './card.css?inline';
import { getCoachUi } from './coach-ui';
import { createHost, ensureStyle } from './host';

/**
 * The small card Déclic draws on a page, without React: a word's explanation (glossary, "Explain
 * with Déclic") or an anchored tip. One card at a time. It follows WCAG 1.4.13: it stays while
 * hovered or focused, closes with Escape or its buttons, and takes the focus only when it was
 * opened from the keyboard (or on purpose), giving it back when it closes.
 */
export interface CardAction {
  label: string;
  run(): void;
  primary?: boolean;
}

export interface CardContent {
  /** Which item the card shows (so a hover does not redraw the same card). */
  key: string;
  lang: string;
  title: string;
  body: Node[];
  actions: CardAction[];
}

export interface Card {
  show(content: CardContent, at: { x: number; y: number }, focus: boolean): void;
  hide(): void;
  isOpenFor(key: string): boolean;
}

export function createCard(): Card {
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
  // On the document, not the card: a card opened by hovering does not have the focus.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && card && event.isTrusted) {
      event.stopPropagation();
      hide();
    }
  };

  return {
    isOpenFor: (key) => current === key,
    hide,
    show(content, at, focus) {
      const shadow = cardRoot();
      hide();
      if (focus) returnFocus = shadow.activeElement ?? document.activeElement;
      card = document.createElement('section');
      card.className = 'declic-card';
      card.setAttribute('role', 'dialog');
      card.setAttribute('aria-modal', 'false');
      card.setAttribute('lang', content.lang);
      card.setAttribute('aria-label', content.title);
      const title = document.createElement('h2');
      title.textContent = content.title;
      title.tabIndex = -1;
      const actions = document.createElement('div');
      actions.className = 'card-actions';
      for (const action of content.actions) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = action.label;
        if (action.primary) button.className = 'primary';
        button.addEventListener('click', () => {
          action.run();
          hide();
        });
        actions.append(button);
      }
      card.append(title, ...content.body, actions);
      // Near the point, kept inside the window.
      const left = Math.max(8, Math.min(at.x, window.innerWidth - 340));
      const top = at.y + 18 + 220 > window.innerHeight ? Math.max(8, at.y - 230) : at.y + 18;
      card.style.left = `${left}px`;
      card.style.top = `${top}px`;
      shadow.append(card);
      current = content.key;
      document.addEventListener('keydown', onKey, true);
      if (focus) title.focus();
    },
  };
}

/**
 * Where cards are drawn: the coach's shadow root on a coached page; elsewhere (a word explained
 * from the context menu on any page) a Déclic element of their own, made on first use.
 */
let own: ShadowRoot | undefined;
export function cardRoot(): ShadowRoot {
  const coach = getCoachUi();
  let shadow = coach?.host.isConnected ? coach.shadow : own?.host.isConnected ? own : undefined;
  if (!shadow) {
    shadow = createHost().shadow;
    own = shadow;
  }
  ensureStyle(shadow, 'card', css);
  return shadow;
}
