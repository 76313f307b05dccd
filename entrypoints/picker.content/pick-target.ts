import type { Locator } from '../../utils/packs/pack-schema';
import type { MadeAnchor } from '../../utils/studio/make-anchor';
import type { Sayings } from '../../utils/studio/pointing';

/** What a mentor means by a click: the control around what is under the pointer (an icon in a button). */
const ACTIONABLE = [
  'a[href]',
  'button',
  'input',
  'select',
  'textarea',
  'summary',
  'label',
  '[role=button]',
  '[role=link]',
  '[role=menuitem]',
  '[role=tab]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=option]',
  '[role=switch]',
  '[role=treeitem]',
  '[contenteditable="true"]',
  '[contenteditable=""]',
  '[tabindex]:not([tabindex^="-"])',
].join(',');

export const pickable = (el: Element): Element => el.closest(ACTIONABLE) ?? el;

const FIELDS = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/**
 * A recorded step's sentence, from the element's name as Déclic will look for it: « Cliquez sur
 * « Nouveau message ». », « Cliquez dans « Objet » et écrivez. ». Only a kept locator's name is
 * used (never a refused, personal text); without one, « Cliquez à l’endroit entouré. »
 */
export function stepSentence(made: MadeAnchor, sayings: { fr: Sayings; en: Sayings }): { fr: string; en: string } {
  const named = made.anchor.find((l: Locator) => l.role && l.name) ?? made.anchor.find((l) => l.text);
  const name = named?.name?.fr ?? named?.name?.en ?? named?.text?.fr ?? named?.text?.en ?? '';
  const field = !!named?.role && FIELDS.has(named.role);
  const say = (s: Sayings) => (name ? (field ? s.field : s.click).replace('{name}', name) : s.here);
  return { fr: say(sayings.fr), en: say(sayings.en) };
}
