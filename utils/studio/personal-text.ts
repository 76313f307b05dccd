import type { Locator } from '../packs/pack-schema';

/**
 * Text that may belong to a person, not to the tool: a locator must never keep it. A mentor
 * records on their own mailbox or drive; a guide shared with others must not carry an address,
 * a phone number, a person's name from a list row or a message's subject.
 */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE = /(?:\+|\b0)\d(?:[\s.-]?\d{2}){3,}/;
const LONG_NUMBER = /\d{5,}/;

export function looksPersonal(text: string): boolean {
  return EMAIL.test(text) || PHONE.test(text) || LONG_NUMBER.test(text);
}

/**
 * Rows of a list hold the volunteer's data (a sender, a subject, a file name): text read inside
 * one is never used to find an element, whatever it says.
 */
const ROW = 'tr, [role="row"], [role="listitem"], [role="option"], [role="gridcell"], [role="treeitem"]';

export const insideDataRow = (el: Element): boolean => el.closest(ROW) !== null;

/** Whether any text of an anchor looks personal: a picked anchor is checked again before it is kept. */
export function anchorIsPersonal(anchor: readonly Locator[]): boolean {
  return anchor.some((locator) =>
    [
      ...Object.values(locator.name ?? {}),
      ...Object.values(locator.text ?? {}),
      ...Object.values(locator.attributes ?? {}),
    ].some((text) => looksPersonal(text)),
  );
}
