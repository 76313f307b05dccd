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
