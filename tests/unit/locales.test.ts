import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import { messageOf, resolveLang, translate } from '../../utils/i18n';

type Catalogue = Record<string, Parameters<typeof messageOf>[0]>;
const text = (catalogue: object, key: string) => (catalogue as Catalogue)[key];
const PLURAL_FORM = /\.(zero|one|two|few|many|other)$/;

/** The UI words chosen for each concept (see CONTRIBUTING.md), and the ones they replace. */
const REJECTED: Record<string, { rejected: RegExp }> = {
  '« paquet d’astuces », not « pack »': { rejected: /\bpacks?\b/i },
  '« réglages », not « options »': { rejected: /\boptions\b/i },
  '« référent ou référente », not « accompagnateur » or « mentor »': {
    rejected: /\baccompagnat(eur|rice)s?\b|\bmentors?\b|\bréférent\b(?! ou référente)/i,
  },
};

// The practice spaces' copies of a tool's own labels (« Afficher les options de recherche » in Gmail):
// written as the tool writes them, so its guides find them, not in Déclic's own vocabulary.
const TOOL_WORDS = /^practice\.[a-z-]+\.ui\./;
const ownWords = (catalogue: Record<string, unknown>) => Object.keys(catalogue).filter((key) => !TOOL_WORDS.test(key));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('French and English have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s has the same placeholders and no empty text in both languages', (key) => {
    const frText = messageOf((fr as Record<string, string>)[key]);
    const enText = messageOf((en as Record<string, Parameters<typeof messageOf>[0]>)[key]);
    expect(frText.trim()).not.toBe('');
    expect(placeholders(frText)).toEqual(placeholders(enText));
  });

  it('translator notes are short sentences beside strings of both languages', () => {
    const noted = Object.entries(en).filter(([, entry]) => typeof entry !== 'string');
    expect(noted.length).toBeGreaterThanOrEqual(8);
    for (const [key, entry] of noted) {
      const { message, note } = entry as { message: string; note: string };
      expect(message.trim(), key).not.toBe('');
      expect(note.length, key).toBeGreaterThan(20);
      expect(note.length, key).toBeLessThanOrEqual(160);
      expect(fr, key).toHaveProperty([key]);
    }
  });

  it('manifest messages exist in both languages', () => {
    const read = (lang: string) =>
      Object.keys(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'))).sort();
    expect(read('fr')).toEqual(read('en'));
  });

  it('every count-bearing string comes in plural forms, in both languages', () => {
    for (const catalogue of [fr, en]) {
      const keys = Object.keys(catalogue);
      const counted = keys.filter((key) => messageOf(text(catalogue, key)).includes('{count}'));
      expect(counted.filter((key) => !PLURAL_FORM.test(key))).toEqual([]);
      for (const key of keys.filter((k) => PLURAL_FORM.test(k))) {
        const base = key.replace(PLURAL_FORM, '');
        expect(keys, key).toContain(`${base}.one`);
        expect(keys, key).toContain(`${base}.other`);
      }
    }
  });

  it.each(Object.entries(REJECTED))('French UI text says one word per concept: %s', (_, { rejected }) => {
    const offending = ownWords(fr).filter((key) => rejected.test(messageOf(text(fr, key))));
    expect(offending).toEqual([]);
  });

  it('English UI text says "settings", never "options", and "mentor" for the person', () => {
    const offending = ownWords(en).filter((key) =>
      /\boptions\b|\b(helper|coordinator|referent)s?\b/i.test(messageOf(text(en, key))),
    );
    expect(offending).toEqual([]);
  });

  it('new and reworded French strings follow French typography', () => {
    // Older strings move to it as they are reworded; the welcome page, the studio and every count already have.
    const checked = Object.keys(fr).filter(
      (key) =>
        ['welcome.', 'studio.', 'checkup.', 'practice.', 'diagnostic.', 'handout.'].some((prefix) =>
          key.startsWith(prefix),
        ) || PLURAL_FORM.test(key),
    );
    expect(checked.length).toBeGreaterThan(60);
    for (const key of checked) {
      const message = messageOf(text(fr, key));
      expect(message, key).not.toMatch(/'/);
      expect(message, key).not.toMatch(/[ \u00a0][;:!?»]|«[ \u00a0]/);
      expect(message, key).not.toMatch(/[^\s\u202f][;:!?](\s|$)|«(?!\u202f)|(?<!\u202f)»/);
    }
  });

  it('follows the browser language unless the user chose one', () => {
    expect(resolveLang('auto', 'fr-FR')).toBe('fr');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('auto', 'de')).toBe('en');
    expect(resolveLang('en', 'fr-FR')).toBe('en');
    expect(resolveLang('fr', 'en-US')).toBe('fr');
  });

  it('fills placeholders and falls back to the key for unknown messages', () => {
    expect(translate('fr', 'coach.launcher', { tool: 'Gmail' })).toBe('Déclic\u202f: astuces pour Gmail');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
