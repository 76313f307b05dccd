/**
 * The person a volunteer can ask for help (the `helpContact` setting): an e-mail address, a
 * phone number or an https web page, as someone types it. Déclic never contacts them itself:
 * the panel only offers a link the volunteer opens (their mail app, their phone, a new tab).
 */
export type HelpContact =
  | { kind: 'email'; address: string }
  | { kind: 'phone'; number: string; dial: string }
  | { kind: 'web'; url: string };

/** The message shown when what was typed is none of the three (a key of locales/). */
export const HELP_CONTACT_INVALID = 'settings.help-contact.invalid';

const EMAIL = /^[^\s@<>()[\]\\,;:"?&=#%/]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/** Digits with the separators people write (spaces, dots, dashes, brackets), an optional leading +. */
const PHONE = /^\+?[\d\s.()-]+$/;

export function parseHelpContact(input: string): HelpContact | null {
  const value = input.trim();
  if (!value) return null;
  const email = value.replace(/^mailto:/i, '');
  if (EMAIL.test(email)) return { kind: 'email', address: email };
  const phone = value.replace(/^tel:/i, '');
  const digits = phone.replace(/\D/g, '');
  if (PHONE.test(phone) && digits.length >= 3 && digits.length <= 15) {
    return { kind: 'phone', number: phone, dial: `${phone.startsWith('+') ? '+' : ''}${digits}` };
  }
  return webPage(value);
}

/** An https page on a named host, without a password in it. */
function webPage(value: string): HelpContact | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return null;
  return { kind: 'web', url: url.href };
}

/** What the setting accepts: nothing (no contact yet), or one of the three. */
export const isHelpContact = (value: string): boolean => value.trim() === '' || parseHelpContact(value) !== null;
