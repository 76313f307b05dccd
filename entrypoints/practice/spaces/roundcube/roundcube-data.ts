import { type GmailMessage, sampleMessages } from '../gmail/gmail-data';

/** Roundcube's folders, by the class its folder list gives each (`#mailboxlist li.junk`). */
export type RcFolder = 'inbox' | 'drafts' | 'sent' | 'junk' | 'trash';
export const RC_FOLDERS: RcFolder[] = ['inbox', 'drafts', 'sent', 'junk', 'trash'];

/** A message and the folder it is in now (the junk button and « Supprimer » move it). */
export type RcMessage = GmailMessage & { box: RcFolder };

export const OWN_IDENTITY = 'Association Les Amis du Quartier <contact@asso.example.org>';

/** The same association mailbox as the Gmail space: a volunteer recognises the messages. */
export const rcMessages = (): RcMessage[] => sampleMessages().map((message) => ({ ...message, box: message.folder }));
