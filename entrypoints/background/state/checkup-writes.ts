import { type Checkup, mergeCheckups } from '../../../utils/checkup/checkup-record';
import { checkupsItem } from '../../../utils/storage/local-items';
import { write } from './write-queue';

/** Check-ups added to those kept (one replaces the kept one started at the same time). */
export function saveCheckups(incoming: Checkup[]): Promise<void> {
  return write(async () => checkupsItem.setValue(mergeCheckups(await checkupsItem.getValue(), incoming)));
}
