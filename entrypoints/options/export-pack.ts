import type { Pack } from '../../utils/packs/pack-schema';
import { downloadFile } from './download-file';

/** Downloads a pack as a file: exactly what Déclic keeps (the validated data), nothing more. */
export function exportPack(pack: Pack): void {
  const blob = new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' });
  downloadFile(`${pack.id}-${pack.version}.json`, blob);
}
