import type { Pack } from '../../utils/packs/pack-schema';

/** Downloads a pack as a file: exactly what Déclic keeps (the validated data), nothing more. */
export function exportPack(pack: Pack): void {
  const blob = new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${pack.id}-${pack.version}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
