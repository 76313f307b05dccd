import { describe, expect, it } from 'vitest';
import { fold, matchesQuery } from '../../utils/coach/search-coach';

describe("the panel's search", () => {
  it('needs neither accents nor capitals, and reads pack markup as words', () => {
    expect(fold('Écrire à **Cci**')).toBe('ecrire a   cci  ');
    expect(matchesQuery('cci ecrire', ['Écrire à plusieurs en **Cci**'])).toBe(true);
  });

  it('finds a text in either language, and needs every word typed', () => {
    const texts = ['Masquer les adresses', 'Hide the addresses'];
    expect(matchesQuery('hide', texts)).toBe(true);
    expect(matchesQuery('adresses hide', texts)).toBe(true);
    expect(matchesQuery('adresses archive', texts)).toBe(false);
  });

  it('finds nothing for an empty query, and treats apostrophes alike', () => {
    expect(matchesQuery('   ', ['anything'])).toBe(false);
    expect(matchesQuery("l'atelier", ['L’atelier du vélo'])).toBe(true);
  });
});
