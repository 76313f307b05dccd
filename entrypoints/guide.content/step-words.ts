import type { GlossaryEntry } from '../../utils/surfaces/surface-views';

/** Lower case, no accents: « Pièce jointe » and « piece jointe » are one word. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form as a pattern: each of its words may take a plural s (« pièces jointes »). */
const wordsOf = (form: string) => fold(form).trim().split(/\s+/).map(escaped).join('s?[\\s-]+');

/** A step's words shown at most: a step is short, its explanations must stay so. */
const MAX_WORDS = 4;

/**
 * The glossary's words a guide step uses, for « 2 mots expliqués » under it: each form looked
 * for as whole words (a plural s allowed), in the background, so the page gets only these.
 */
export function stepWords(entries: readonly GlossaryEntry[], text: string): { term: string; definition: string }[] {
  const plain = fold(text);
  return entries
    .filter((entry) =>
      entry.forms.some((form) => new RegExp(`(^|[^\\p{L}])${wordsOf(form)}s?($|[^\\p{L}])`, 'u').test(plain)),
    )
    .slice(0, MAX_WORDS)
    .map(({ term, definition }) => ({ term, definition }));
}

/** The folded list of a step's words and what they mean (nothing when it uses none). */
export function stepWordsElement(words: readonly { term: string; definition: string }[], summary: string) {
  const details = document.createElement('details');
  details.className = 'guide-words';
  details.hidden = !words.length;
  const head = document.createElement('summary');
  head.textContent = summary;
  const list = document.createElement('dl');
  for (const word of words) {
    const dt = document.createElement('dt');
    dt.textContent = word.term;
    const dd = document.createElement('dd');
    dd.textContent = word.definition;
    list.append(dt, dd);
  }
  details.append(head, list);
  return details;
}
