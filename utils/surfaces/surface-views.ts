import type { surfaceTable } from '../../entrypoints/background/surfaces/table';

/**
 * The contract between the background and the surfaces it draws on pages. Each surface's view
 * type lives in its own folder (entrypoints/<surface>.content/view.ts, with the function that
 * builds it); the map below is derived from the background's table of surfaces, so a new row is
 * all it takes. A null view means "this surface no longer applies here": it removes itself.
 */
type Row = (typeof surfaceTable)[number];
export type SurfaceId = Row['id'];
export type SurfaceViews = { [R in Row as R['id']]: ReturnType<R['view']> };

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
