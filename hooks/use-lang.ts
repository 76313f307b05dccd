import { browser } from 'wxt/browser';
import { type Lang, resolveLang, t } from '../utils/i18n';
import { useSettings } from './use-settings';

/** The language to speak: the volunteer's setting, else the browser's. */
export function useLang(): {
  lang: Lang;
  tr: (key: Parameters<typeof t>[1], vars?: Record<string, string | number>) => string;
} {
  const { settings } = useSettings();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  return { lang, tr: (key, vars) => t(lang, key, vars) };
}
