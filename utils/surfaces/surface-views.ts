import type { Lang } from '../i18n';

/**
 * The parts of the surfaces' views that several surfaces share. Each surface's own view type
 * lives in its folder (entrypoints/<surface>.content/view.ts, beside the function that builds it),
 * and the background's table of surfaces ties them together.
 */

/** One glossary term, worded in the volunteer's language, ready for the page (glossary, "Explain"). */
export interface GlossaryEntry {
  /** `packId/termId`, the key of "I know this word". */
  key: string;
  forms: string[];
  term: string;
  definition: string;
  example?: string;
}

/** The words a word's card needs, in the volunteer's language. */
export interface CardLabels {
  know: string;
  close: string;
  example: string;
}

/** The always-on launcher, drawn by the detector: the answer to each of its reports. Worded by the background: it carries no translations. */
export interface LauncherView {
  show: boolean;
  toolId: string | null;
  lang: Lang;
  labels: { launcher: string; launcherShort: string };
  /** Where the volunteer put the coach on this tool; null: wherever there is room, right first. */
  side: 'left' | 'right' | null;
}
