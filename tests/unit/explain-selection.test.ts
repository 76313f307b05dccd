import { describe, expect, it } from 'vitest';
import { findExplanation } from '../../entrypoints/explain.content/view';
import type { Pack } from '../../utils/packs/pack-schema';
import { samplePack } from './helpers/sample-pack';

const term = (id: string, fr: string, en: string, extra: object = {}) => ({
  id,
  term: { fr, en },
  definition: { fr: `Définition de ${fr}.`, en: `Meaning of ${en}.` },
  ...extra,
});

const pack = (id: string, glossary: object[]) => ({ pack: { ...samplePack(), id, glossary } as Pack, enabled: true });
const packs = [
  pack('declic-essentials', [
    term('piece-jointe', 'pièce jointe', 'attachment'),
    term('etiquette-gmail', 'étiquette', 'label', { tools: ['gmail'] }),
    term('cci', 'Cci', 'Bcc'),
  ]),
  pack('wp-club', [term('etiquette-wp', 'étiquette', 'tag', { tools: ['wordpress-admin'] })]),
];
const found = (text: string, tool: string | null = null, lang: 'fr' | 'en' = 'fr') =>
  findExplanation(text, packs, lang, tool)?.key ?? null;

describe('"Explain with Déclic" on a selection', () => {
  it('finds the word selected, whatever its form', () => {
    expect(found('pièces jointes')).toBe('declic-essentials/piece-jointe');
    expect(found('  PIECE JOINTE  ')).toBe('declic-essentials/piece-jointe');
    expect(found("l'attachment")).toBe('declic-essentials/piece-jointe');
  });

  it('prefers a word covering the whole selection over one inside it', () => {
    expect(found('mettez en Cci la pièce jointe')).toBe('declic-essentials/cci');
    expect(found('Bcc')).toBe('declic-essentials/cci');
  });

  it("explains a tool's own word by the tool the user is in, and still explains it elsewhere", () => {
    expect(found('Étiquettes', 'wordpress-admin')).toBe('wp-club/etiquette-wp');
    expect(found('Étiquettes', 'gmail')).toBe('declic-essentials/etiquette-gmail');
    expect(found('Étiquettes', null)).not.toBeNull();
  });

  it('answers in the user language', () => {
    expect(findExplanation('Cci', packs, 'en', null)?.definition).toBe('Meaning of Bcc.');
  });

  it('says nothing was found for other words, empty selections and disabled packs', () => {
    expect(found('bidulator')).toBeNull();
    expect(found('   ')).toBeNull();
    expect(findExplanation('Cci', [{ ...packs[0], enabled: false } as (typeof packs)[0]], 'fr', null)).toBeNull();
  });
});
