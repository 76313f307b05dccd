import { z } from 'zod';
import { answerIds } from './questions-schema';

/**
 * One check-up as the association answered it: kept on this computer (checkupsItem), written by
 * the background, saved in a file for the référent and read back from one. A file written by a
 * later Déclic may answer questions this one does not know: they are kept, and left out of the report.
 */
export const MAX_CHECKUPS = 10;

/** A day of clock difference between two computers; a check-up "started" later than that is not real. */
const DAY = 86_400_000;

export const checkupSchema = z
  .strictObject({
    /** When it was started (ms): its identity, and the order of the list. */
    startedAt: z
      .number()
      .int()
      .positive()
      .refine((at) => at <= Date.now() + DAY),
    /** Set when the board asked for the report; an unfinished check-up can be taken up again. */
    finishedAt: z.number().int().positive().optional(),
    association: z.string().trim().max(80).optional(),
    answers: z
      .record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.enum(answerIds))
      .refine((answers) => Object.keys(answers).length <= 100),
  })
  .refine((checkup) => checkup.finishedAt === undefined || checkup.finishedAt >= checkup.startedAt);
export type Checkup = z.infer<typeof checkupSchema>;

export const checkupListSchema = z.array(checkupSchema).min(1).max(MAX_CHECKUPS);

/**
 * Where check-ups come from: the page, as the board answers (its copy is the latest), or a file
 * read back (possibly an older copy of one kept here: it never replaces a more finished one).
 */
export type CheckupSource = 'page' | 'file';

const moreFinished = (a: Checkup, b: Checkup) => (a.finishedAt ?? 0) > (b.finishedAt ?? 0);

/**
 * Newest first, one per start time, at most MAX_CHECKUPS; says how many of `incoming` changed
 * the list (added, or replacing the kept copy), so the page can say what a file brought.
 */
export function mergeCheckups(
  kept: readonly Checkup[],
  incoming: readonly Checkup[],
  from: CheckupSource = 'page',
): { checkups: Checkup[]; changed: number } {
  const byStart = new Map<number, Checkup>(kept.map((checkup) => [checkup.startedAt, checkup]));
  const taken = new Set<Checkup>();
  for (const checkup of incoming) {
    const before = byStart.get(checkup.startedAt);
    if (before && from === 'file' && !moreFinished(checkup, before)) continue;
    byStart.set(checkup.startedAt, checkup);
    taken.add(checkup);
  }
  const checkups = [...byStart.values()].sort((a, b) => b.startedAt - a.startedAt).slice(0, MAX_CHECKUPS);
  return { checkups, changed: checkups.filter((checkup) => taken.has(checkup)).length };
}
