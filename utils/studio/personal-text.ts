import type { Locator } from '../packs/pack-schema';

/**
 * Text that may belong to a person, not to the tool: a locator must never keep it. A mentor
 * records on their own mailbox or drive; a guide shared with others must not carry an address,
 * a phone number, a person's name from a list row or a message's subject.
 */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE = /(?:\+|\b0)\d(?:[\s.-]?\d{2}){3,}/;
const LONG_NUMBER = /\d{5,}/;

/** What kind of personal text it looks like, to tell the mentor in words; null when none. */
export type PersonalKind = 'email' | 'phone' | 'number';
export function personalKind(text: string): PersonalKind | null {
  if (EMAIL.test(text)) return 'email';
  if (PHONE.test(text)) return 'phone';
  return LONG_NUMBER.test(text) ? 'number' : null;
}

export const looksPersonal = (text: string): boolean => personalKind(text) !== null;

/**
 * Rows of a list hold the volunteer's data (a sender, a subject, a file name): text read inside
 * one is never used to find an element, whatever it says.
 */
const ROW = 'tr, [role="row"], [role="listitem"], [role="option"], [role="gridcell"], [role="treeitem"]';

export const insideDataRow = (el: Element): boolean => el.closest(ROW) !== null;

/** Every text a locator holds, in both languages: what a pack file would carry. */
const textsOf = (locator: Locator): string[] => [
  ...Object.values(locator.name ?? {}),
  ...Object.values(locator.attributes ?? {}),
  ...Object.values(locator.text ?? {}),
  ...(locator.css ? [locator.css] : []),
];

/** The first personal-looking text of an anchor (a place picked is checked again before it is kept). */
export const personalInAnchor = (anchor: readonly Locator[]): PersonalKind | null =>
  anchor.flatMap(textsOf).reduce<PersonalKind | null>((found, text) => found ?? personalKind(text), null);
