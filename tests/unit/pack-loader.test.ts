import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from '../../utils/packs/json-error';
import { MAX_PACK_BYTES, parsePackText, validatePack } from '../../utils/packs/pack-loader';
import { samplePack } from './helpers/sample-pack';

const errorsOf = (data: unknown, lang: 'fr' | 'en' = 'en') => {
  const result = validatePack(data, lang);
  return result.ok ? [] : result.errors;
};

describe('pack validation', () => {
  it('accepts a valid pack and keeps only its declared fields', () => {
    const result = validatePack(samplePack(), 'en');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.tips).toHaveLength(2);
  });

  it('rejects a javascript: link and names the tip in plain words', () => {
    const pack = samplePack();
    pack.tips[0]!.links![0]!.url = ' JaVa\tscript:alert(1)';
    expect(errorsOf(pack)).toEqual(['Tip 1 › link 1 › url: the link must start with https:// (or mailto:)']);
    expect(errorsOf(pack, 'fr')).toEqual(['Astuce 1 › lien 1 › url: le lien doit commencer par https:// (ou mailto:)']);
  });

  it('strips control characters before checking a link', () => {
    const pack = samplePack();
    pack.tips[0]!.links![0]!.url = 'https://support.\u0000google.com/mail/';
    const result = validatePack(pack, 'en');
    expect(result.ok && result.pack.tips[0]?.links?.[0]?.url).toBe('https://support.google.com/mail/');
  });

  it('rejects an unknown field and says where it is', () => {
    const pack = { ...samplePack(), onload: 'alert(1)' };
    const [error] = errorsOf(pack);
    expect(error).toMatch(/^The file: /);
    expect(error).toContain('onload');
  });

  it('rejects duplicate tip ids', () => {
    const pack = samplePack();
    pack.tips[1]!.id = 'gmail-cci';
    expect(errorsOf(pack)).toEqual(['Tip 2 › id: this id is already used by another item of the pack']);
  });

  it('rejects a tip for a tool Déclic does not know', () => {
    const pack = samplePack();
    pack.tips[1]!.tool = 'myspace';
    expect(errorsOf(pack, 'fr')).toEqual(['Astuce 2 › tool: Déclic ne connaît pas l’outil «\u202fmyspace\u202f»']);
  });

  it('rejects a top-level array, null and numbers without throwing', () => {
    for (const data of [[], null, 42, 'pack', undefined]) expect(errorsOf(data).length).toBeGreaterThan(0);
  });

  it('rejects text that is not JSON, and files over 1 MiB before parsing them', () => {
    expect(parsePackText('{ not json', 'en')).toEqual({
      ok: false,
      errors: [
        'This file is not a tip pack. It is not valid JSON (line 1, column 3). Look just before that place: often a comma too many, or a missing quotation mark.',
      ],
      kind: 'json',
    });
    const huge = parsePackText(`"${'a'.repeat(MAX_PACK_BYTES)}"`, 'fr');
    expect(huge).toEqual({
      ok: false,
      errors: ['Ce fichier est trop gros. Un paquet d’astuces doit peser au plus 1 MiB.'],
      kind: 'bytes',
    });
  });

  it('reads a pack saved with a byte-order mark', () => {
    expect(parsePackText(`\ufeff${JSON.stringify(samplePack())}`, 'en').ok).toBe(true);
  });

  it('keeps a tip body as plain text, markup included', () => {
    const pack = samplePack();
    pack.tips[0]!.body.en = '<img src=x onerror=alert(1)>';
    const result = validatePack(pack, 'en');
    expect(result.ok && result.pack.tips[0]?.body.en).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('what a mentor who edited a pack by hand is told', () => {
  it('says where the JSON stops, with its line and column', () => {
    const text = '{\n  "id": "mon-paquet",\n  "tips": [],\n}';
    const result = parsePackText(text, 'fr');
    expect(result.ok ? [] : result.errors).toEqual([
      'Ce fichier n’est pas un paquet d’astuces. Ce n’est pas du JSON valide (ligne 4, colonne 1). Regardez juste avant cet endroit\u202f: souvent une virgule en trop, ou un guillemet oublié.',
    ]);
    const cut = parsePackText('{\n  "id": "mon-', 'en');
    expect(cut.ok ? '' : cut.errors[0]).toMatch(/not valid JSON \(line 2, column 14\)/);
  });

  it('reads the place from each browser’s message', () => {
    expect(jsonErrorAt('{\n,', new SyntaxError('Unexpected token , in JSON at position 2'))).toEqual({
      line: 2,
      column: 1,
    });
    const firefox = new SyntaxError(
      'JSON.parse: expected double-quoted property name at line 4 column 1 of the JSON data',
    );
    expect(jsonErrorAt('', firefox)).toEqual({ line: 4, column: 1 });
    expect(jsonErrorAt('{', new RangeError('Maximum call stack size exceeded'))).toBeNull();
  });

  it('names a misspelt tool together with the other problems', () => {
    const pack = samplePack();
    pack.tips[1]!.tool = 'gmial';
    (pack.tips[0] as { level: string }).level = 'expert';
    const errors = errorsOf(pack, 'en');
    expect(errors).toHaveLength(2);
    expect(errors[1]).toBe('Tip 2 › tool: Déclic does not know the tool "gmial"');
  });
});
