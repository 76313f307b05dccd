import { studioDraftItem } from '../../../utils/storage/local-items';
import type { StudioDraft } from '../../../utils/studio/draft-model';
import { write } from './write-queue';

/** The studio's draft, replaced whole: one page edits it, and the last thing typed wins. */
export function saveStudioDraft(draft: StudioDraft | null): Promise<void> {
  return write(() => (draft ? studioDraftItem.setValue(draft) : studioDraftItem.removeValue()));
}
