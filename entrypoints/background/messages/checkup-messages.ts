import type { Browser } from 'wxt/browser';
import { z } from 'zod';
import { checkupListSchema } from '../../../utils/checkup/checkup-record';
import { saveCheckups } from '../state/checkup-writes';
import { pageSender, self } from './guards';

const saveSchema = z.strictObject({ checkups: checkupListSchema, from: z.enum(['page', 'file']) });

/**
 * Only Déclic's own pages keep check-ups, and only of the check-up's shape (a file read back is
 * checked again here). Says how many changed the list; -1 when refused.
 */
export async function onSaveCheckups(data: unknown, sender: Browser.runtime.MessageSender): Promise<number> {
  if (!pageSender(sender, self())) return -1;
  const save = saveSchema.safeParse(data);
  if (!save.success) return -1;
  return saveCheckups(save.data.checkups, save.data.from);
}
