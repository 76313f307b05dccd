import en from '../locales/en.json';
import fr from '../locales/fr.json';

/**
 * Our own tiny catalogue instead of browser.i18n: the browser language picks the
 * default, but the user's setting must be able to override it at run time.
 * A string may carry a translator's note beside it: `{ "message": "…", "note": "…" }`.
 */
export type Lang = 'fr' | 'en';
export type LanguageSetting = Lang | 'auto';
export type MessageKey = keyof typeof en;
type Entry = string | { message: string; note: string };

const flatten = (catalogue: Record<string, Entry>): Record<string, string> =>
  Object.fromEntries(Object.entries(catalogue).map(([key, entry]) => [key, messageOf(entry)]));

/** The text of a catalogue entry, without its translator's note. */
export const messageOf = (entry: Entry | undefined): string =>
  typeof entry === 'string' ? entry : (entry?.message ?? '');

const catalogues: Record<Lang, Record<string, string>> = { en: flatten(en), fr: flatten(fr) };

export function resolveLang(setting: LanguageSetting, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Replaces `{name}` placeholders; unknown keys fall back to English, then to the key. */
export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  const template = catalogues[lang][key] ?? catalogues.en[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export const t = (lang: Lang, key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);

/** The keys that come in plural forms: `<key>.one`, `<key>.other` (and `.many`… if a language needs it). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/** The locale each language writes numbers, plurals and dates in. */
export const localeOf = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

const pluralRules: Record<Lang, Intl.PluralRules> = {
  fr: new Intl.PluralRules(localeOf('fr')),
  en: new Intl.PluralRules(localeOf('en')),
};

/**
 * A string with a number in it, in the form the language wants: French says « 0 astuce,
 * 1 astuce, 2 astuces », English "0 tips, 1 tip, 2 tips". The language's own rule picks
 * `<key>.one` or `<key>.other` (a form a catalogue lacks falls back to `.other`), and `{count}`
 * is written as the language writes numbers (1 440 in French, with a narrow space).
 */
export function tn(lang: Lang, key: PluralKey, count: number, vars?: Record<string, string | number>): string {
  const form = `${key}.${pluralRules[lang].select(count)}`;
  const chosen = form in catalogues[lang] ? form : `${key}.other`;
  return translate(lang, chosen, { ...vars, count: new Intl.NumberFormat(localeOf(lang)).format(count) });
}
