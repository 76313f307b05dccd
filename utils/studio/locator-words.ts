import type { Locator } from '../packs/pack-schema';

/**
 * A locator in words, for whoever holds the strings: the studio reads them from its catalogue
 * (under the studio prefix), the page picker receives them from the studio (content scripts carry none
 * of the studio's strings, see scripts/page-only-strings.ts). Nothing here imports a catalogue:
 * its keys are the studio's, without that prefix.
 */
export type Say = (key: string, vars?: Record<string, string | number>) => string;

/** Roles a mentor meets when pointing at a tool; others are "the element". */
const NAMED_ROLES = [
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'combobox',
  'menuitem',
  'tab',
  'option',
  'heading',
  'img',
  'treeitem',
  'listitem',
  'row',
  'dialog',
  'navigation',
] as const;

const FIND_KEYS = ['find.named', 'find.attribute', 'find.text', 'find.css'] as const;

/** Every string a locator's words may need: what the studio hands the picker. */
export const LOCATOR_WORD_KEYS = [
  ...NAMED_ROLES.map((role) => `role.${role}` as const),
  'role.generic',
  ...FIND_KEYS,
] as const;

/** "the button", "le bouton": a role in words. */
export function roleWith(role: string, say: Say): string {
  return say((NAMED_ROLES as readonly string[]).includes(role) ? `role.${role}` : 'role.generic');
}

/**
 * What Déclic will look for: « le bouton « Nouveau message » », « le texte « Envoyer » »,
 * « l’élément dont name vaut « q » ». A CSS path is shown as it is: it is the last resort, and
 * the mentor only needs to know it is there.
 */
export function describeWith(locator: Locator, lang: 'fr' | 'en', say: Say): string {
  if (locator.role) {
    const what = roleWith(locator.role, say);
    const name = locator.name?.[lang] || locator.name?.fr || locator.name?.en;
    return name ? say('find.named', { what, name }) : what;
  }
  if (locator.attributes) {
    const [attribute, value] = Object.entries(locator.attributes)[0] ?? ['', ''];
    return say('find.attribute', { attribute, value });
  }
  if (locator.text) return say('find.text', { text: locator.text[lang] || locator.text.fr || locator.text.en || '' });
  return say('find.css', { css: locator.css ?? '' });
}
