import { asWritten } from '../../utils/packs/pack-languages';
import type { Pack } from '../../utils/packs/pack-schema';
import { downloadFile } from './download-file';

/** Downloads a pack as a file: what Déclic keeps (the validated data), in the languages it was written in. */
export function exportPack(pack: Pack): void {
  const blob = new Blob([`${JSON.stringify(asWritten(pack), null, 2)}\n`], { type: 'application/json' });
  downloadFile(`${pack.id}-${pack.version}.json`, blob);
}
