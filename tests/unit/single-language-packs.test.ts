import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../scripts/pack-json-schema';
import { asWritten, languageCoverage } from '../../utils/packs/pack-languages';
import { validatePack } from '../../utils/packs/pack-loader';
import type { Pack } from '../../utils/packs/pack-schema';
import { inOneLanguage, load, richPack } from './helpers/one-language';
import { samplePack } from './helpers/sample-pack';

describe('a pack written in one language', () => {
  it('loads in French only: an English volunteer reads the French text, marked as French', () => {
    const pack = load(inOneLanguage(richPack(), 'fr'));
    expect(pack.tips[0]?.title).toEqual({ fr: 'Cacher les adresses', en: 'Cacher les adresses', only: 'fr' });
    expect(pack.glossary?.[0]?.definition.en).toBe('Une copie cachée.');
    expect(pack.glossary?.[0]?.variants).toEqual({ fr: ['copie cachée'], en: [], only: 'fr' });
    expect(pack.guides?.[0]?.steps[1]?.text.en).toBe('Deux');
    // An anchor's name is kept as written (never shown; both languages are tried on the page).
    expect(pack.guides?.[0]?.steps[0]?.anchor).toEqual([{ role: 'button', name: { en: 'Send' } }]);
    expect(languageCoverage(pack)).toEqual({ fr: 'all', en: 'none' });
  });

  it('loads in English only the same way', () => {
    const pack = load(inOneLanguage(richPack(), 'en'), 'fr');
    expect(pack.name).toEqual({ fr: 'Test tips', en: 'Test tips', only: 'en' });
    expect(pack.tips[1]?.body.fr).toBe('Choose who can edit.');
    expect(languageCoverage(pack)).toEqual({ fr: 'none', en: 'all' });
  });

  it('is written back as it was: a saved file has no copied language', () => {
    const written = inOneLanguage(richPack(), 'fr');
    const pack = load(written);
    expect(asWritten(pack)).toEqual(written);
    expect(load(asWritten(pack))).toEqual(pack);
    // A pack in both languages is written back unchanged.
    expect(asWritten(load(richPack()))).toEqual(richPack());
  });

  it('refuses a text in neither language, in plain words in the volunteer’s language', () => {
    const pack = { ...richPack(), tips: [{ ...richPack().tips[0]!, title: {} }] };
    const en = validatePack(pack, 'en');
    const fr = validatePack(pack, 'fr');
    expect(en.ok ? [] : en.errors).toEqual([
      'Tip 1 › title: this text is in neither French nor English. Write it in French, in English, or in both',
    ]);
    expect(fr.ok ? [] : fr.errors).toEqual([
      'Astuce 1 › title: ce texte n’est ni en français ni en anglais. Écrivez-le en français, en anglais, ou dans les deux',
    ]);
    const noVariants = { ...richPack(), glossary: [{ ...richPack().glossary![0]!, variants: {} }] };
    expect(validatePack(noVariants, 'en').ok).toBe(false);
  });

  it('may mix: a bilingual pack with one text not yet translated falls back for that text only', () => {
    const pack = samplePack();
    pack.tips[1] = { ...pack.tips[1]!, body: { fr: 'Choisissez qui peut modifier.' } as Pack['tips'][0]['body'] };
    const loaded = load(pack);
    expect(loaded.tips[0]?.body.en).toBe('Put addresses in Bcc.');
    expect(loaded.tips[1]?.body).toEqual({
      fr: 'Choisissez qui peut modifier.',
      en: 'Choisissez qui peut modifier.',
      only: 'fr',
    });
    expect(languageCoverage(loaded)).toEqual({ fr: 'all', en: 'some' });
  });

  it('tells authors in the JSON Schema that a text needs at least one language', () => {
    const schema = JSON.parse(packJsonSchema());
    const title = schema.properties.tips.items.properties.title;
    expect(title.required ?? []).toEqual([]);
    expect(title.minProperties).toBe(1);
  });
});
