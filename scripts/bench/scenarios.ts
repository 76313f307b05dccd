import { churningPage, heavyFileList, heavyInbox, plainArticle } from './pages';

/**
 * Named scenarios: later features (the glossary pass, guides) add theirs here.
 * `page` is generated; without it the E2E fixture sites serve the URL.
 */
export interface Scenario {
  id: string;
  label: string;
  url: string;
  page?: string;
  /** Whether Déclic should show its coach there. */
  coach: boolean;
  /** Measure CPU over a window after load instead of load cost only. */
  churn?: boolean;
}

export const scenarios: Scenario[] = [
  {
    id: 'non-target',
    label: 'Non-target news site',
    url: 'https://www.actus-locales.fr/fete',
    page: plainArticle(),
    coach: false,
  },
  {
    id: 'saas-no-tool',
    label: 'SaaS host, not a tool page (detector only)',
    url: 'https://mail.google.com/mail/help/about.html',
    coach: false,
  },
  { id: 'light-tool', label: 'Light tool page (Outlook)', url: 'https://outlook.office.com/mail/', coach: true },
  {
    id: 'heavy-inbox',
    label: 'Heavy Gmail-like inbox, 3,000 rows',
    url: 'https://mail.google.com/mail/u/0/',
    page: heavyInbox(),
    coach: true,
  },
  {
    id: 'heavy-files',
    label: 'Heavy Nextcloud-like list, 3,000 rows (association host)',
    url: 'https://cloud.asso-bench.fr/apps/files/',
    page: heavyFileList(),
    coach: true,
  },
  {
    id: 'churning',
    label: 'Page mutating every 50 ms (observer cost)',
    url: 'https://drive.google.com/drive/ticker',
    page: churningPage(),
    coach: true,
    churn: true,
  },
];

export const GRANTED_FOR_BENCH = ['https://cloud.asso-bench.fr/*'];
