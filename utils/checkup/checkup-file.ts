import { z } from 'zod';
import { type Checkup, checkupListSchema } from './checkup-record';

/**
 * The file a board saves for its référent or the « maison des associations », and reads back
 * from one: every check-up kept, so the reader sees what changed. Plain JSON, nothing else.
 */
const FORMAT = 'declic-checkup';

const checkupFileSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  checkups: checkupListSchema,
});

export function checkupFile(checkups: readonly Checkup[], now: number): { name: string; text: string } {
  const day = new Date(now).toISOString().slice(0, 10);
  const text = `${JSON.stringify({ format: FORMAT, version: 1, checkups }, null, 2)}\n`;
  return { name: `diagnostic-association-${day}.json`, text };
}

/** Why a file cannot be read, worded on the page (checkup.import.*). */
export type FileProblem = 'not-json' | 'not-checkup' | 'damaged';

export function readCheckupFile(text: string): { ok: true; checkups: Checkup[] } | { ok: false; problem: FileProblem } {
  let data: unknown;
  try {
    // A file saved by Windows' Notepad may start with the UTF-8 mark.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FORMAT) {
    return { ok: false, problem: 'not-checkup' };
  }
  const file = checkupFileSchema.safeParse(data);
  return file.success ? { ok: true, checkups: file.data.checkups } : { ok: false, problem: 'damaged' };
}
