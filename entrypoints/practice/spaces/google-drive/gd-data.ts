import type { SampleFile } from '../drive-kit/file-picker';
import type { GdWords } from './gd-words';

export { CONTACTS, ME, type Person } from './gd-people';

export type Role = 'reader' | 'commenter' | 'editor';
export const ROLES: Role[] = ['reader', 'commenter', 'editor'];

export interface Share {
  email: string;
  role: Role;
  /** Asked to become the owner (the transfer waits for their yes). */
  pendingOwner?: boolean;
}

export interface Item {
  /** Stable, whatever the language: what an exercise checks (`shared.item`). */
  id: string;
  name: string;
  kind: 'folder' | 'doc' | 'sheet' | 'pdf' | 'image';
  /** The folder it is in; '' for « Mon Drive ». */
  parent: string;
  modified: string;
  size: string;
  shares: Share[];
  link: { access: 'restricted' | 'anyone'; role: Role };
}

const restricted = { access: 'restricted', role: 'reader' } as const;

/** An association's Drive, as a volunteer finds it. Names are in the volunteer's language. */
export const sampleItems = (w: GdWords): Item[] => {
  const item = (id: string, kind: Item['kind'], modified: string, size = '', parent = ''): Item => ({
    id,
    name: w(`item.${id}` as Parameters<GdWords>[0]),
    kind,
    parent,
    modified,
    size: size ? w('size.kb', { size }) : '',
    shares: [],
    link: { ...restricted },
  });
  return [
    item('accounts', 'folder', '2026-03-02'),
    item('general-meeting', 'folder', '2026-02-14'),
    item('party-photos', 'folder', '2025-09-21'),
    item('minutes', 'doc', '2026-02-15', '18'),
    item('volunteers', 'sheet', '2026-01-30', '9'),
    item('poster', 'pdf', '2025-11-04', '412'),
    item('budget', 'sheet', '2026-03-01', '12', 'accounts'),
    item('receipts', 'pdf', '2026-02-20', '230', 'accounts'),
  ];
};

/** What the pretend « Ouvrir » window offers to upload. */
export const sampleFiles = (w: GdWords): SampleFile[] => [
  { name: w('file.invoice'), size: w('size.kb', { size: 86 }) },
  { name: w('file.photo'), size: w('size.kb', { size: 840 }) },
  { name: w('file.members'), size: w('size.kb', { size: 24 }) },
];

/** The link as an exercise sees it: a commenter can change nothing, so they count as a reader. */
export const linkSetting = (link: Item['link']) =>
  ({ access: link.access, role: link.role === 'editor' ? 'editor' : 'reader' }) as const;
