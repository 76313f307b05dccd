import { validatePack } from '../../../utils/packs/pack-loader';
import type { Pack } from '../../../utils/packs/pack-schema';
import { samplePack } from './sample-pack';

/** A pack's texts kept in one language only, as a mentor writing in French alone makes them. Anchors stay as they are. */
export function inOneLanguage<T>(value: T, keep: 'fr' | 'en'): T {
  if (Array.isArray(value)) return value.map((part) => inOneLanguage(part, keep)) as T;
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if ('fr' in record && 'en' in record && Object.keys(record).length === 2) return { [keep]: record[keep] } as T;
  return Object.fromEntries(
    Object.entries(record).map(([key, part]) => [key, key === 'anchor' ? part : inOneLanguage(part, keep)]),
  ) as T;
}

/** The sample pack with a word and a guide, so every kind of text is there. */
export function richPack(): Pack {
  return {
    ...samplePack(),
    glossary: [
      {
        id: 'cci',
        term: { fr: 'Cci', en: 'Bcc' },
        variants: { fr: ['copie cachée'], en: ['blind copy'] },
        definition: { fr: 'Une copie cachée.', en: 'A hidden copy.' },
        example: { fr: 'Mettez-les en Cci.', en: 'Put them in Bcc.' },
      },
    ],
    guides: [
      {
        id: 'envoyer',
        tool: 'gmail',
        title: { fr: 'Envoyer', en: 'Send' },
        steps: [
          { text: { fr: 'Un', en: 'One' }, anchor: [{ role: 'button', name: { en: 'Send' } }] },
          { text: { fr: 'Deux', en: 'Two' } },
        ],
      },
    ],
  };
}

/** Loaded as Déclic loads it; a refusal fails the test with its messages. */
export const load = (data: unknown, lang: 'fr' | 'en' = 'en') => {
  const result = validatePack(data, lang);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
};
