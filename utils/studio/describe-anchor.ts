import { type Lang, translate } from '../i18n';
import type { Locator } from '../packs/pack-schema';
import { describeWith, roleWith } from './locator-words';

/** "the button", "le bouton": a role in the mentor's language. */
export const roleInWords = (role: string, lang: Lang): string =>
  roleWith(role, (key, vars) => translate(lang, `studio.${key}`, vars));

/** What Déclic will look for, in the mentor's words (see locator-words.ts). */
export const describeLocator = (locator: Locator, lang: Lang): string =>
  describeWith(locator, lang, (key, vars) => translate(lang, `studio.${key}`, vars));
