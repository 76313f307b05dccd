import { type Lang, type MessageKey, t } from '../i18n';
import type { Locator } from '../packs/pack-schema';

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

type NamedRole = (typeof NAMED_ROLES)[number];
const isNamed = (role: string): role is NamedRole => (NAMED_ROLES as readonly string[]).includes(role);

/** "the button", "le bouton": a role in words. */
export function roleInWords(role: string, lang: Lang): string {
  return t(lang, (isNamed(role) ? `studio.role.${role}` : 'studio.role.generic') as MessageKey);
}

/**
 * What Déclic will look for, in the mentor's words: « le bouton « Nouveau message » », « le texte
 * « Envoyer » », « l’élément dont name vaut « q » ». A CSS path is shown as it is: it is the
 * last resort, and the mentor only needs to know it is there.
 */
export function describeLocator(locator: Locator, lang: Lang): string {
  if (locator.role) {
    const what = roleInWords(locator.role, lang);
    const name = locator.name?.[lang] || locator.name?.fr || locator.name?.en;
    return name ? t(lang, 'studio.find.named', { what, name }) : what;
  }
  if (locator.attributes) {
    const [attribute, value] = Object.entries(locator.attributes)[0] ?? ['', ''];
    return t(lang, 'studio.find.attribute', { attribute, value });
  }
  if (locator.text) return t(lang, 'studio.find.text', { text: locator.text[lang] || locator.text.fr });
  return t(lang, 'studio.find.css', { css: locator.css ?? '' });
}
