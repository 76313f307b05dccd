import { FRAME_PAGE, framePage } from './frame-page';
import { liveFileList, liveInbox } from './live-pages';
import { heavyFileList, heavyInbox, plainArticle } from './pages';

/** The pages the benchmark opens, served over HTTPS on their real host names. */
export const URLS = {
  light: 'https://outlook.office.com/mail/',
  inbox: 'https://mail.google.com/mail/u/0/',
  // The same live inbox at a Gmail address that is not the mailbox: only the detector runs.
  inboxNoTool: 'https://mail.google.com/mail/help/about.html',
  files: 'https://cloud.asso-bench.fr/apps/files/',
  frames: 'https://drive.google.com/drive/folders/bench-every-frame',
  nonTarget: 'https://www.actus-locales.fr/fete',
  /** The static inbox, for the engine and glossary probes (one document, nothing moving). */
  staticInbox: 'https://mail.google.com/mail/u/1/',
  staticFiles: 'https://cloud.asso-bench.fr/apps/files/static',
} as const;

/** Granted at install, as an association's own build does (the file list is self-hosted). */
export const GRANTED_FOR_BENCH = ['https://cloud.asso-bench.fr/*'];

/** Generated documents by host + path; the light page is the E2E fixture's own. */
export function benchPages(): Map<string, string> {
  const inbox = liveInbox();
  const entries: [string, string][] = [
    [URLS.inbox, inbox],
    [URLS.inboxNoTool, inbox],
    [URLS.files, liveFileList()],
    [URLS.frames, framePage()],
    [URLS.nonTarget, plainArticle()],
    [URLS.staticInbox, heavyInbox()],
    [URLS.staticFiles, heavyFileList()],
  ];
  return new Map(entries.map(([url, page]) => [new URL(url).host + new URL(url).pathname, page]));
}

/** The window of a live page: the 1.5 s of batches and more than 5 s of live updates after them. */
export const LIVE_WINDOW_MS = 8000;
export const FRAME_WINDOW_MS = FRAME_PAGE.windowMs;

/**
 * One arm of a live page: what Déclic may do there. Each adds one surface to the one before,
 * so the difference between neighbours names the cost of that surface.
 */
export interface Arm {
  id: 'without' | 'detector' | 'launcher' | 'glossary' | 'beacons';
  label: string;
  url: string;
  withExtension: boolean;
  settings?: Record<string, unknown>;
  beaconsPack?: boolean;
  /** The arm whose first page also gives the coach's times and the panel's. */
  coach?: boolean;
}

const arm = (id: Arm['id'], label: string, url: string, extra: Partial<Arm> = {}): Arm => ({
  id,
  label,
  url,
  withExtension: id !== 'without',
  ...extra,
});

export const INBOX_ARMS: Arm[] = [
  arm('without', 'without Déclic', URLS.inbox),
  arm('detector', 'detector alone (not a tool page)', URLS.inboxNoTool),
  arm('launcher', 'launcher, glossary off', URLS.inbox, { settings: { glossary: false } }),
  arm('glossary', 'launcher + glossary (default)', URLS.inbox, { coach: true }),
  arm('beacons', 'launcher + glossary + beacons', URLS.inbox, { beaconsPack: true }),
];

export const FILES_ARMS: Arm[] = [
  arm('without', 'without Déclic', URLS.files),
  arm('launcher', 'launcher, glossary off', URLS.files, { settings: { glossary: false } }),
  arm('glossary', 'launcher + glossary (default)', URLS.files, { coach: true }),
];

/** On a CPU slowed 4×, the arms that answer "does it still hold": without, and as shipped. */
export const THROTTLED_ARM_IDS: Arm['id'][] = ['without', 'glossary'];
