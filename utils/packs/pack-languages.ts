import type { Lang } from '../i18n';

/**
 * A pack may be written in French, in English or in both. Once loaded, every text the volunteer
 * reads has both languages, so each reader simply takes `text[lang]`: a missing language is filled
 * from the written one, and `only` remembers which one that was. It says the language of what is
 * shown (the lang attribute), lets the pack list say so, and lets a file be written back as it was.
 */
export type Filled<T> = { fr: T; en: T; only?: Lang };

/** `blank` stands in for a missing language instead of a copy (a word's variants: no duplicates). */
export function fillLanguages<T>(value: { fr?: T; en?: T }, blank?: T): Filled<T> {
  const { fr, en } = value;
  if (fr !== undefined && en !== undefined) return { fr, en };
  const only: Lang = fr !== undefined ? 'fr' : 'en';
  const written = (fr ?? en) as T;
  return { fr: fr ?? blank ?? written, en: en ?? blank ?? written, only };
}

/** The language of a text shown to a volunteer of `lang`, when it is not `lang` (for a lang attribute). */
export const otherLanguage = (value: { only?: Lang }, lang: Lang): Lang | undefined =>
  value.only && value.only !== lang ? value.only : undefined;

/**
 * A loaded pack (or any part of it) as its author wrote it: the filled languages taken out again.
 * What leaves Déclic's hands (a saved file, a pack sent to be installed) is this: the loader
 * refuses its own marks, so the pack it reads back is the one that was written.
 */
export function asWritten(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asWritten);
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (record.only === 'fr' || record.only === 'en') return { [record.only]: record[record.only] };
  return Object.fromEntries(Object.entries(record).map(([key, part]) => [key, asWritten(part)]));
}

export type Coverage = 'all' | 'some' | 'none';

/**
 * How much of a pack each language covers, from its texts: `all` when every text is written in
 * it. Anchors are left aside: their names follow the page's language, not the pack's.
 */
export function languageCoverage(pack: object): Record<Lang, Coverage> {
  const count = { texts: 0, fr: 0, en: 0 };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.fr === 'string' && typeof record.en === 'string') {
      count.texts++;
      if (record.only !== 'en') count.fr++;
      if (record.only !== 'fr') count.en++;
      return;
    }
    for (const [key, part] of Object.entries(record)) if (key !== 'anchor') visit(part);
  };
  visit(pack);
  const of = (n: number): Coverage => (n === count.texts ? 'all' : n === 0 ? 'none' : 'some');
  return { fr: of(count.fr), en: of(count.en) };
}
