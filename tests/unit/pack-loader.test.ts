import { describe, expect, it } from 'vitest';
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
    expect(errorsOf(pack, 'fr')).toEqual(["Astuce 2 › tool: Déclic ne connaît pas l'outil «\u202fmyspace\u202f»"]);
  });

  it('rejects a top-level array, null and numbers without throwing', () => {
    for (const data of [[], null, 42, 'pack', undefined]) expect(errorsOf(data).length).toBeGreaterThan(0);
  });

  it('rejects text that is not JSON, and files over 1 MiB before parsing them', () => {
    expect(parsePackText('{ not json', 'en')).toEqual({
      ok: false,
      errors: ['This file is not a tip pack: it is not valid JSON.'],
      kind: 'json',
    });
    const huge = parsePackText(`"${'a'.repeat(MAX_PACK_BYTES)}"`, 'fr');
    expect(huge).toEqual({
      ok: false,
      errors: ["Ce fichier est trop gros. Un paquet d'astuces doit peser au plus 1 MiB."],
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
