import type { MessageKey } from '../../../../utils/i18n';

/** A message of the practice mailbox: words from the locales, people and dates fixed. */
export interface GmailMessage {
  id: string;
  folder: 'inbox' | 'sent';
  from: { name: string; email: string };
  to: string[];
  cc: string[];
  bcc: string[];
  /** Locale keys for the received ones; what the volunteer typed for the sent ones. */
  subject: { key: MessageKey } | { text: string };
  body: { key: MessageKey } | { text: string };
  date: string;
  unread: boolean;
  attachments: string[];
  /** A link inside a doubtful message: it leads nowhere (the guide says never to click it). */
  link?: MessageKey;
}

/** What a compose window sends: addresses as typed, split; the names of the chosen sample files. */
export interface Draft {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  attachments: string[];
}

export const OWN_ADDRESS = 'contact@asso.example.org';

const received = (
  id: string,
  name: string,
  email: string,
  date: string,
  extra: Partial<GmailMessage> = {},
): GmailMessage => ({
  id,
  folder: 'inbox',
  from: { name, email },
  to: [OWN_ADDRESS],
  cc: [],
  bcc: [],
  subject: { key: `practice.gmail.msg.${id}.subject` as MessageKey },
  body: { key: `practice.gmail.msg.${id}.body` as MessageKey },
  date,
  unread: false,
  attachments: [],
  ...extra,
});

/** The inbox a volunteer finds: everyday association mail, and one phishing-like message. */
export const sampleMessages = (): GmailMessage[] => [
  received('phishing', 'Service Clients Banque', 'securite@banque-alerte.exemple.net', '2026-03-14T08:12', {
    unread: true,
    link: 'practice.gmail.msg.phishing.link',
  }),
  received('ag', 'Claire Martin', 'claire.martin@example.org', '2026-03-13T18:40', {
    unread: true,
    attachments: ['compte-rendu-AG.pdf'],
  }),
  received('planning', 'Sophie Leroy', 'sophie.leroy@example.org', '2026-03-12T09:05'),
  received('fete', 'Mairie de Beaulieu', 'fetes@beaulieu.exemple.fr', '2026-03-10T14:30'),
  received('adhesion', 'Jean Dupont', 'jean.dupont@example.org', '2026-03-08T11:00'),
];

/** Addresses written in one field: separated by commas, semicolons or spaces. */
export const splitAddresses = (field: string): string[] =>
  field
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter(Boolean);
