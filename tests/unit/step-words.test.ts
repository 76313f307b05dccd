// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { stepWords, stepWordsElement } from '../../entrypoints/guide.content/step-words';

const entry = (key: string, term: string, forms: string[]) => ({ key, term, forms, definition: `${term}: …` });
const entries = [
  entry('p/pj', 'pièce jointe', ['pièce jointe', 'attachment']),
  entry('p/onglet', 'onglet', ['onglet']),
  entry('p/cc', 'Cc', ['Cc']),
];

describe('the words a guide step uses, explained under it', () => {
  it('finds whole words, without case or accents, a plural allowed', () => {
    const found = stepWords(entries, 'Ouvrez un nouvel Onglet, puis ajoutez les PIECES JOINTES.');
    expect(found.map((w) => w.term)).toEqual(['pièce jointe', 'onglet']);
    // « Cc » inside « accord » is not the word Cc.
    expect(stepWords(entries, 'Donnez votre accord.')).toEqual([]);
  });

  it('is folded under the step, hidden when the step uses none', () => {
    const shown = stepWordsElement([{ term: 'onglet', definition: 'Une page du navigateur.' }], '1 mot expliqué');
    expect(shown.hidden).toBe(false);
    expect(shown.open).toBe(false);
    expect(shown.querySelector('summary')?.textContent).toBe('1 mot expliqué');
    expect(shown.querySelector('dd')?.textContent).toBe('Une page du navigateur.');
    expect(stepWordsElement([], '0 mot expliqué').hidden).toBe(true);
  });
});
