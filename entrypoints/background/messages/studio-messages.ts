import type { Browser } from 'wxt/browser';
import { studioDraftSchema } from '../../../utils/studio/draft-model';
import { saveStudioDraft } from '../state/studio-writes';
import { pageSender, self } from './guards';

/** Only Déclic's own pages may keep a studio draft, and only one of the studio's shape (or null: start afresh). */
export async function onSaveStudioDraft(data: unknown, sender: Browser.runtime.MessageSender): Promise<boolean> {
  if (!pageSender(sender, self())) return false;
  if (data === null) {
    await saveStudioDraft(null);
    return true;
  }
  const draft = studioDraftSchema.safeParse(data);
  if (!draft.success) return false;
  await saveStudioDraft(draft.data);
  return true;
}
