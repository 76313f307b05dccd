import type { GmailMessage } from './gmail-data';

/** What a message says, in the words a search may match (its own, not the keys). */
export interface Readable {
  message: GmailMessage;
  subject: string;
  body: string;
}

export interface SearchOptions {
  from: string;
  to: string;
  subject: string;
  has: string;
  not: string;
  attachment: boolean;
}

/** The options panel writes a query as Gmail does: `from:… to:… subject:… mots -exclus has:attachment`. */
export function queryOf(options: SearchOptions): string {
  const word = (prefix: string, value: string) => (value.trim() ? `${prefix}${value.trim()}` : '');
  const excluded = options.not
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `-${w}`);
  return [
    word('from:', options.from),
    word('to:', options.to),
    word('subject:', options.subject),
    options.has.trim(),
    ...excluded,
    options.attachment ? 'has:attachment' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a message answers a query: every term must hold (plain words anywhere, operators in their field). */
export function matches({ message, subject, body }: Readable, query: string): boolean {
  const from = fold(`${message.from.name} ${message.from.email}`);
  const to = fold([...message.to, ...message.cc, ...message.bcc].join(' '));
  const all = fold(`${from} ${to} ${subject} ${body} ${message.attachments.join(' ')}`);
  return query
    .split(/\s+/)
    .filter(Boolean)
    .every((raw) => {
      const term = fold(raw);
      if (term === 'has:attachment') return message.attachments.length > 0;
      if (term.startsWith('from:')) return from.includes(term.slice(5));
      if (term.startsWith('to:')) return to.includes(term.slice(3));
      if (term.startsWith('subject:')) return fold(subject).includes(term.slice(8));
      if (term.startsWith('-') && term.length > 1) return !all.includes(term.slice(1));
      return all.includes(term);
    });
}
