import type { Display } from './harness/browser';

/**
 * The pages and windows of out-of-the-way.spec.ts: fixture pages laid out like the real apps
 * (tests/e2e/sites), each marking the volunteer's work area with `data-work-area`.
 */
export interface WorkPage {
  id: string;
  url: string;
  /** The field the volunteer fills (the subject of a message, the people to share with). */
  field: string;
  /** A modal over the page: Déclic must still be usable above it. */
  modal?: boolean;
  /** A right-to-left page: Déclic still speaks left to right to a French or English volunteer. */
  rtl?: boolean;
}

export const PAGES: WorkPage[] = [
  { id: 'gmail-compose', url: 'https://mail.google.com/mail/u/5/#inbox', field: 'input[name=subjectbox]' },
  { id: 'gmail-rtl', url: 'https://mail.google.com/mail/u/6/#inbox', field: 'input[name=subjectbox]', rtl: true },
  {
    id: 'outlook-reply',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA',
    field: '#ReadingPaneContainerId input[aria-label="Objet"]',
  },
  {
    id: 'drive-share',
    url: 'https://drive.google.com/drive/folders/1Qm3AssoCR2026',
    field: 'input[aria-label="Ajouter des personnes et des groupes"]',
    modal: true,
  },
  {
    id: 'drive-share-top-layer',
    url: 'https://drive.google.com/drive/folders/1Qm3AssoCR2026?native',
    field: 'input[aria-label="Ajouter des personnes et des groupes"]',
    modal: true,
  },
];

export const DISPLAYS: (Display & { id: string })[] = [
  { id: '1366x820', width: 1366, height: 820, deviceScaleFactor: 1 },
  { id: '1280x720', width: 1280, height: 720, deviceScaleFactor: 1 },
  // A 1366 × 820 screen at 200 % zoom: half the CSS pixels, twice the device pixels each.
  { id: 'zoom200', width: 683, height: 410, deviceScaleFactor: 2 },
];
