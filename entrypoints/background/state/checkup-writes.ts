import { type Checkup, type CheckupSource, mergeCheckups } from '../../../utils/checkup/checkup-record';
import { checkupsItem } from '../../../utils/storage/local-items';
import { write } from './write-queue';

/** Check-ups added to those kept (see mergeCheckups); says how many changed the list. */
export function saveCheckups(incoming: Checkup[], from: CheckupSource): Promise<number> {
  return write(async () => {
    const { checkups, changed } = mergeCheckups(await checkupsItem.getValue(), incoming, from);
    await checkupsItem.setValue(checkups);
    return changed;
  });
}
