import type { Lang } from '../../../../utils/i18n';

/** A block of the imitated editor: the few kinds a volunteer meets first. */
export interface Block {
  id: number;
  kind: 'paragraph' | 'heading' | 'quote' | 'image';
  text: string;
  /** An image block's picture (a pretend one, or a file read in the page: nothing is uploaded). */
  src?: string;
  alt?: string;
}

export interface SitePage {
  id: number;
  title: string;
  status: 'draft' | 'publish';
  blocks: Block[];
  author: string;
  date: string;
}

let nextId = 100;
/** Ids for new blocks and pages: only unique within the open space. */
export const newId = () => nextId++;

export const emptyParagraph = (): Block => ({ id: newId(), kind: 'paragraph', text: '' });

/** The association's site as the practice opens it: two published pages and a draft. */
export const seedPages = (lang: Lang): SitePage[] =>
  lang === 'fr'
    ? [
        page(1, 'Accueil', 'publish', ['Bienvenue chez Les Amis du Quartier.'], '12/03/2026'),
        page(2, 'Nos activités', 'draft', ['Chaque mardi, atelier tricot.', 'Chaque jeudi, aide aux devoirs.']),
        page(3, 'Contact', 'publish', ['Écrivez-nous à la Maison des associations.'], '02/04/2026'),
      ]
    : [
        page(1, 'Home', 'publish', ['Welcome to the Neighbourhood Friends.'], '2026/03/12'),
        page(2, 'Our activities', 'draft', ['Every Tuesday, knitting workshop.', 'Every Thursday, homework club.']),
        page(3, 'Contact', 'publish', ['Write to us at the community centre.'], '2026/04/02'),
      ];

function page(id: number, title: string, status: SitePage['status'], texts: string[], date = ''): SitePage {
  const blocks = texts.map((text): Block => ({ id: newId(), kind: 'paragraph', text }));
  return { id, title, status, blocks, author: 'Camille', date };
}

/** The draft the image guide starts in (its `edit-page` context): a page with text to add a picture to. */
export const draftToEdit = (pages: SitePage[]) => pages.find((p) => p.status === 'draft') ?? pages[0];
