import { describe, expect, it } from 'vitest';
import { glossaryTools, normaliseForSearch, searchGlossary } from '../../utils/glossary/glossary-search';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { samplePack } from './helpers/sample-pack';

const term = (id: string, fr: string, en: string, extra: object = {}) => ({
  id,
  term: { fr, en },
  definition: { fr: `Un mot : ${fr}.`, en: `A word: ${en}.` },
  ...extra,
});

const essentials: InstalledPack = {
  source: 'builtin',
  enabled: true,
  pack: {
    ...samplePack(),
    id: 'declic-essentials',
    glossary: [
      term('piece-jointe', 'pièce jointe', 'attachment', { variants: { fr: ['pièces jointes', 'PJ'], en: [] } }),
      term('cci', 'Cci', 'Bcc', {
        variants: { fr: ['copie cachée'], en: ['blind carbon copy'] },
        tools: ['gmail', 'outlook'],
      }),
      term('cc', 'Cc', 'Cc', { variants: { fr: ['copie carbone'], en: ['carbon copy'] }, tools: ['gmail'] }),
      term('droits-d-acces', 'droits d’accès', 'access rights'),
      term('recu-fiscal', 'reçu fiscal', 'tax receipt', {
        definition: {
          fr: 'Un papier qui permet au donateur de payer **moins d’impôts**. [Le site officiel](https://www.associations.gouv.fr/)',
          en: 'A paper that lets the donor pay **less tax**.',
        },
      }),
      term('adhesion', 'adhésion', 'membership'),
      term('oeuvre', 'œuvre', 'work'),
    ],
  },
};

const mentor: InstalledPack = {
  source: 'file',
  enabled: true,
  pack: { ...samplePack(), id: 'asso-mentor', glossary: [term('cci', 'Cci', 'Bcc', { tools: ['roundcube'] })] },
};

const disabled: InstalledPack = {
  source: 'file',
  enabled: false,
  pack: { ...samplePack(), id: 'asso-off', glossary: [term('cotisation', 'cotisation', 'membership fee')] },
};

const packs = [essentials, mentor, disabled];
const keys = (query: string, lang: 'fr' | 'en' = 'fr', known = {}) =>
  searchGlossary(packs, query, lang, known).map((hit) => hit.key);

describe('glossary search', () => {
  it('normalises case, accents, spaces and apostrophes', () => {
    expect(normaliseForSearch('  Pièce\u00a0  JOINTE ')).toBe('piece jointe');
    expect(normaliseForSearch('droits d’accès')).toBe(normaliseForSearch("droits d'acces"));
    expect(normaliseForSearch('Œuvre')).toBe('oeuvre');
  });

  it('finds a word typed without accents or capitals', () => {
    expect(keys('piece jointe')).toEqual(['declic-essentials/piece-jointe']);
    expect(keys('PIÈCE   Jointe')).toEqual(['declic-essentials/piece-jointe']);
    expect(keys('adhesion')).toEqual(['declic-essentials/adhesion']);
    expect(keys('oeuvre')).toEqual(['declic-essentials/oeuvre']);
  });

  it('treats straight and typographic apostrophes alike', () => {
    expect(keys("droits d'acces")).toEqual(['declic-essentials/droits-d-acces']);
    expect(keys('droits d’accès')).toEqual(['declic-essentials/droits-d-acces']);
  });

  it('searches both languages and the variants', () => {
    expect(keys('attachment')).toEqual(['declic-essentials/piece-jointe']);
    expect(keys('pj')).toEqual(['declic-essentials/piece-jointe']);
    expect(keys('blind carbon')).toEqual(['declic-essentials/cci']);
    expect(keys('tax receipt', 'fr')).toEqual(['declic-essentials/recu-fiscal']);
  });

  it('ranks the exact word first, then words starting with the query, then words containing it', () => {
    const hits = searchGlossary(packs, 'cc', 'fr', {});
    expect(hits.map((h) => [h.key, h.match])).toEqual([
      ['declic-essentials/cc', 'exact'],
      // The same word from two packs: the pack first in the user's order comes first.
      ['declic-essentials/cci', 'start'],
      ['asso-mentor/cci', 'start'],
      ['declic-essentials/droits-d-acces', 'contains'],
    ]);
    expect(searchGlossary(packs, 'copie', 'fr', {}).map((h) => h.match)).toEqual(['start', 'start']);
  });

  it('ranks by kind of match before the alphabet', () => {
    const mail: InstalledPack = {
      ...essentials,
      pack: {
        ...essentials.pack,
        glossary: [
          term('arobase', 'arobase', 'at sign', { definition: { fr: 'Le signe @ d’une adresse mail.', en: 'The @.' } }),
          term('courriel', 'courriel', 'e-mail'),
          term('liste-de-diffusion', 'liste de diffusion', 'mailing list'),
          term('mail', 'mail', 'email'),
        ],
      },
    };
    expect(searchGlossary([mail], 'Mail', 'fr', {}).map((h) => [h.term.id, h.match])).toEqual([
      ['mail', 'exact'],
      ['liste-de-diffusion', 'start'],
      ['courriel', 'contains'],
      ['arobase', 'definition'],
    ]);
  });

  it('finds words by their definition in the user language, after the words themselves', () => {
    const hits = searchGlossary(packs, 'impots', 'fr', {});
    expect(hits.map((h) => [h.key, h.match])).toEqual([['declic-essentials/recu-fiscal', 'definition']]);
    // Link labels are read, link addresses and bold markers are not.
    expect(keys('le site officiel')).toEqual(['declic-essentials/recu-fiscal']);
    expect(keys('gouv')).toEqual([]);
    // The English definition is not searched for a French reader.
    expect(keys('less tax', 'fr')).toEqual([]);
    expect(keys('less tax', 'en')).toEqual(['declic-essentials/recu-fiscal']);
  });

  it('keeps the same word from two packs, the first pack first', () => {
    const reordered = searchGlossary([mentor, essentials], 'cci', 'fr', {}).map((h) => h.key);
    expect(reordered).toEqual(['asso-mentor/cci', 'declic-essentials/cci']);
    expect(keys('cci')).toEqual(['declic-essentials/cci', 'asso-mentor/cci']);
  });

  it('leaves out the terms of a turned-off pack', () => {
    expect(keys('cotisation')).toEqual([]);
    expect(keys('')).not.toContain('asso-off/cotisation');
    expect(searchGlossary([{ ...disabled, enabled: true }], 'cotisation', 'fr', {})).toHaveLength(1);
  });

  it('lists every term alphabetically in the user language when the query is empty', () => {
    const fr = searchGlossary(packs, '   ', 'fr', {}).map((h) => h.term.term.fr);
    expect(fr).toEqual(['adhésion', 'Cc', 'Cci', 'Cci', 'droits d’accès', 'œuvre', 'pièce jointe', 'reçu fiscal']);
    const en = searchGlossary(packs, '', 'en', {}).map((h) => h.term.term.en);
    expect(en).toEqual(['access rights', 'attachment', 'Bcc', 'Bcc', 'Cc', 'membership', 'tax receipt', 'work']);
  });

  it('flags the words the user said they know', () => {
    const hits = searchGlossary(packs, '', 'fr', { 'declic-essentials/cci': { at: 1 } });
    expect(hits.filter((h) => h.known).map((h) => h.key)).toEqual(['declic-essentials/cci']);
    expect(hits.find((h) => h.key === 'asso-mentor/cci')?.known).toBe(false);
  });

  it('filters by tool, and offers only the tools some enabled term is scoped to', () => {
    const gmail = searchGlossary(packs, '', 'fr', {}, { tool: 'gmail' }).map((h) => h.key);
    expect(gmail).toEqual(['declic-essentials/cc', 'declic-essentials/cci']);
    expect(glossaryTools(packs).sort()).toEqual(['gmail', 'outlook', 'roundcube']);
  });
});
