import { type Lang, t } from '../i18n';
import type { HelpContact } from './help-contact';

/** What the volunteer is looking at when they ask: a guide's step, or a tip they found unclear. */
export type HelpAbout = { kind: 'step'; guide: string; n: number; total: number } | { kind: 'tip'; title: string };

export interface HelpRequest {
  lang: Lang;
  /** The tool's name, in the volunteer's language. */
  tool: string;
  /** The page's address, without what comes after `?` or `#` (see pageAddress). */
  page: string;
  about: HelpAbout | null;
}

/**
 * The page's address as it goes into an e-mail: its query and fragment are left out, as they
 * can hold a message's id or a sharing key, and a mentor only needs to know where the volunteer is.
 */
export function pageAddress(url: string): string {
  try {
    const { protocol, origin, pathname } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${origin}${pathname}` : '';
  } catch {
    return '';
  }
}

/** The e-mail's subject and body, in the volunteer's language: polite, short, and saying where they are. */
export function helpMessage({ lang, tool, page, about }: HelpRequest): { subject: string; body: string } {
  const lines = [t(lang, 'help.mail.hello'), '', t(lang, 'help.mail.ask', { tool })];
  if (page) lines.push(t(lang, 'help.mail.page', { page }));
  if (about?.kind === 'step') lines.push(t(lang, 'help.mail.step', { ...about }));
  if (about?.kind === 'tip') lines.push(t(lang, 'help.mail.tip', { title: about.title }));
  lines.push('', t(lang, 'help.mail.thanks'));
  return { subject: t(lang, 'help.mail.subject', { tool }), body: lines.join('\r\n') };
}

/**
 * The link the panel offers: an e-mail written in advance (the volunteer reads it and sends it
 * from their own mail app), a phone call, or the association's help page. Déclic sends nothing.
 * RFC 6068: the subject and body are percent-encoded, line breaks as %0D%0A, spaces as %20.
 */
export function helpHref(contact: HelpContact, request: HelpRequest): string {
  if (contact.kind === 'phone') return `tel:${contact.dial}`;
  if (contact.kind === 'web') return contact.url;
  const { subject, body } = helpMessage(request);
  return `mailto:${contact.address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
