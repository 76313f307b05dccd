import type { SampleFile } from '../drive-kit/file-picker';
import type { NcWords } from './nc-words';

/** What a share link lets people do (Nextcloud's quick share choices). */
export type LinkPermission = 'view' | 'edit' | 'file-request' | 'custom';

export interface NcItem {
  /** Stable, whatever the language: what an exercise checks (`shared.item`). */
  id: string;
  name: string;
  folder: boolean;
  /** The folder it is in; '' for « Tous les fichiers ». */
  parent: string;
  modified: string;
  size: string;
  /** The share link, once made. */
  link: LinkPermission | null;
}

/** An association's Nextcloud, as a volunteer finds it. Names are in the volunteer's language. */
export const sampleItems = (w: NcWords): NcItem[] => {
  const item = (id: string, folder: boolean, modified: string, size: number, parent = ''): NcItem => ({
    id,
    name: w(`item.${id}` as Parameters<NcWords>[0]),
    folder,
    parent,
    modified,
    // Sizes in kilobytes below 1000, else in megabytes: whole numbers read the same in both languages.
    size: size < 1000 ? w('size.kb', { size }) : w('size.mb', { size: Math.round(size / 1000) }),
    link: null,
  });
  return [
    item('documents', true, '2026-02-10', 3400),
    item('party-photos', true, '2025-09-21', 48000),
    item('board-meetings', true, '2026-03-03', 1200),
    item('members', true, '2026-01-12', 600),
    item('statutes', false, '2024-06-30', 210),
    item('minutes', false, '2026-02-15', 96),
    item('flyer', false, '2026-01-08', 880, 'documents'),
    item('stand', false, '2025-09-21', 2400, 'party-photos'),
  ];
};

/** What the pretend « Ouvrir » window offers to upload. */
export const sampleFiles = (w: NcWords): SampleFile[] => [
  { name: w('file.invoice'), size: w('size.kb', { size: 86 }) },
  { name: w('file.photo'), size: w('size.kb', { size: 840 }) },
  { name: w('file.members'), size: w('size.kb', { size: 24 }) },
];

/** The link a share gets: fictional, on a name reserved for examples. */
export const linkOf = (item: NcItem) => `https://nuage.example.org/s/${item.id}`;
