import { type Lang, translate } from '../i18n';
import { LOCATOR_WORD_KEYS } from './locator-words';
import type { Sayings } from './pointing';

/** The picker's own words (its band in the page), with the locators' words. */
const PICKER_KEYS = [
  'picker.point-title',
  'picker.point-hint',
  'picker.record-title',
  'picker.record-hint',
  'picker.under',
  'picker.found.one',
  'picker.found.other',
  'picker.kept',
  'picker.not-kept',
  'picker.refused',
  'picker.none',
  'picker.will-look',
  'picker.keep',
  'picker.again',
  'picker.cancel',
  'picker.finish',
  'picker.move',
  'picker.recorded.one',
  'picker.recorded.other',
  'picker.last',
  'picker.skipped',
] as const;

/**
 * Everything the picker says, in the mentor's language: the studio hands it over with its
 * request, keyed without the `studio.` prefix its catalogue uses (see locator-words.ts).
 */
export function pickerWords(lang: Lang): Record<string, string> {
  const keys = [...PICKER_KEYS, ...LOCATOR_WORD_KEYS];
  return Object.fromEntries(keys.map((key) => [key, translate(lang, `studio.${key}`)]));
}

/** A recorded step's first sentence, in both languages (the mentor rewrites it as they like). */
export function stepSayings(): { fr: Sayings; en: Sayings } {
  const of = (lang: Lang): Sayings => ({
    click: translate(lang, 'studio.say.click'),
    field: translate(lang, 'studio.say.field'),
    here: translate(lang, 'studio.say.here'),
  });
  return { fr: of('fr'), en: of('en') };
}
