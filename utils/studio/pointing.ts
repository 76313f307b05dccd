import { z } from 'zod';
import { anchorSchema } from '../packs/anchor-schema';
import type { Pack } from '../packs/pack-schema';

/**
 * The studio pointing at a page: which item gets the place the mentor clicks (a tip, a guide's
 * step), or which guide gets a step for each click ("record"). The studio asks, the background
 * keeps it for the tab (session storage: it carries across the tool's page loads), the picker
 * in the page answers with an anchor.
 */
const key = z.string().min(1).max(40);
export const pointTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tip'), key }),
  z.strictObject({ kind: z.literal('step'), guideKey: key, stepKey: key }),
  z.strictObject({ kind: z.literal('guide'), guideKey: key }),
]);
export type PointTarget = z.infer<typeof pointTargetSchema>;

/** The picker's words, in the mentor's language, from the studio's catalogue (see locator-words.ts). */
const words = z.record(
  z
    .string()
    .regex(/^[a-z][a-z.-]*$/)
    .max(60),
  z.string().max(300),
);

/** A step's sentence made from the element's name, in both languages: « Cliquez sur « {name} » ». */
const sayings = z.strictObject({ click: z.string().max(200), field: z.string().max(200), here: z.string().max(200) });

export const pointRequestSchema = z.strictObject({
  mode: z.enum(['point', 'record']),
  target: pointTargetSchema,
  /** The tool of the tip or guide; empty: any tool the mentor has open. */
  toolId: z.string().max(60),
  lang: z.enum(['fr', 'en']),
  words,
  sayings: z.strictObject({ fr: sayings, en: sayings }),
});
export type PointRequest = z.infer<typeof pointRequestSchema>;
export type Sayings = z.infer<typeof sayings>;

/** What the picker sends for a chosen element: its anchor, and a sentence for a recorded step. */
export const pickedSchema = z.strictObject({
  anchor: anchorSchema,
  sentence: z.strictObject({ fr: z.string().max(300), en: z.string().max(300) }),
});
export type Picked = z.infer<typeof pickedSchema>;

/** Pointing under way in one tab: the studio's request, where, and how many steps so far. */
export interface Pointing extends PointRequest {
  tabId: number;
  studioTabId: number;
  /** The tool found in that tab when pointing began: the picker stays on that tool's pages. */
  toolId: string;
  /** The tab's title when pointing began, for the studio's status line. */
  title: string;
  recorded: number;
}

/** « Essayer sur cette page »: a draft's pack shown in one tab as if installed. */
export interface StudioTrial {
  tabId: number;
  title: string;
  studioTabId: number;
  pack: Pack;
}

/** A chosen place, waiting for the studio to take it into its draft. */
export interface PickedPlace extends Picked {
  id: number;
  target: PointTarget;
}

/** The studio's result when it asks: started in this tab, or why not (no tool tab open, a pack refused). */
export type PointAnswer = { ok: true; title: string } | { ok: false; refused?: boolean };
