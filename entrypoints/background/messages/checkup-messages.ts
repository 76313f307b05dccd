import type { Browser } from 'wxt/browser';
import { checkupListSchema } from '../../../utils/checkup/checkup-record';
import { saveCheckups } from '../state/checkup-writes';
import { pageSender, self } from './guards';

/** Only Déclic's own pages keep check-ups, and only of the check-up's shape (a file read back is checked again here). */
export async function onSaveCheckups(data: unknown, sender: Browser.runtime.MessageSender): Promise<boolean> {
  if (!pageSender(sender, self())) return false;
  const checkups = checkupListSchema.safeParse(data);
  if (!checkups.success) return false;
  await saveCheckups(checkups.data);
  return true;
}
