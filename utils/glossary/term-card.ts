import type { Lang } from '../i18n';
import { type Card, createCard } from '../page-ui/page-card';
import type { CardLabels, GlossaryEntry } from '../surfaces/surface-views';

export interface TermCard {
  show(entry: GlossaryEntry, at: { x: number; y: number }, focus: boolean): void;
  hide(): void;
  isOpenFor(key: string): boolean;
}

/**
 * A word's explanation: its definition and example, "I know this word" (when `onKnow` is given)
 * and Close. Drawn by the shared page card.
 */
export function createTermCard(
  view: { lang: Lang; labels: CardLabels },
  onKnow: ((entry: GlossaryEntry) => void) | null,
): TermCard {
  const card: Card = createCard();
  return {
    isOpenFor: card.isOpenFor,
    hide: card.hide,
    show(entry, at, focus) {
      const definition = document.createElement('p');
      definition.textContent = entry.definition;
      const body: Node[] = [definition];
      if (entry.example) {
        const example = document.createElement('p');
        example.className = 'card-example';
        example.textContent = `${view.labels.example} ${entry.example}`.trim();
        body.push(example);
      }
      const actions = [
        ...(onKnow ? [{ label: view.labels.know, run: () => onKnow(entry), primary: true }] : []),
        { label: view.labels.close, run: () => undefined, primary: !onKnow },
      ];
      card.show({ key: entry.key, lang: view.lang, title: entry.term, body, actions }, at, focus);
    },
  };
}
