import type { Plugin } from 'vite';
import { trimJsonModule } from './trim-json-module';

/**
 * Strings only the extension's own pages show (the studio's), left out of the bundles that run
 * in the background and in the volunteer's pages: both import the whole catalogue to word their
 * views, and the studio's 150 strings a language would weigh on every coached page for nothing.
 * A key left out reads in English, then as the key: a test checks no such script asks for one.
 */
export const PAGE_ONLY_PREFIXES = ['studio.', 'practice.'];
const LOCALE = /\/locales\/[a-z]{2}\.json$/;

export const pageOnlyStrings = (): Plugin =>
  trimJsonModule('page-only-strings', LOCALE, (catalogue) => {
    for (const key of Object.keys(catalogue)) {
      if (PAGE_ONLY_PREFIXES.some((prefix) => key.startsWith(prefix))) delete catalogue[key];
    }
  });
