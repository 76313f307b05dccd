import { z } from 'zod';
import { answerIds } from './questions-schema';

/**
 * One check-up as the association answered it: kept on this computer (checkupsItem), written by
 * the background, saved in a file for the référent and read back from one. A file written by a
 * later Déclic may answer questions this one does not know: they are kept, and left out of the report.
 */
export const MAX_CHECKUPS = 10;

export const checkupSchema = z.strictObject({
  /** When it was started (ms): its identity, and the order of the list. */
  startedAt: z.number().int().positive(),
  /** Set when the board asked for the report; an unfinished check-up can be taken up again. */
  finishedAt: z.number().int().positive().optional(),
  association: z.string().trim().max(80).optional(),
  answers: z
    .record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.enum(answerIds))
    .refine((answers) => Object.keys(answers).length <= 100),
});
export type Checkup = z.infer<typeof checkupSchema>;

export const checkupListSchema = z.array(checkupSchema).min(1).max(MAX_CHECKUPS);

/** Newest first, one per start time (the one given last wins), at most MAX_CHECKUPS. */
export function mergeCheckups(kept: readonly Checkup[], incoming: readonly Checkup[]): Checkup[] {
  const byStart = new Map<number, Checkup>();
  for (const checkup of [...kept, ...incoming]) byStart.set(checkup.startedAt, checkup);
  return [...byStart.values()].sort((a, b) => b.startedAt - a.startedAt).slice(0, MAX_CHECKUPS);
}
