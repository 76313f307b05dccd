import { useEffect } from 'react';
import type { Lang } from '../utils/i18n';

/** Keeps <html lang> and the title in the language we speak, for screen readers. */
export function useDocumentLang(lang: Lang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}
