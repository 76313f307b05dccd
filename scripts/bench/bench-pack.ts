import { type Pack, packSchema } from '../../utils/packs/pack-schema';
import type { StoredPack } from '../../utils/storage/pack-items';

/**
 * A mentor's pack with anchored Gmail tips, so the beacons surface runs on the live inbox: an
 * element there from the start, one that arrives with the first batch of rows, and one that is
 * never found (the beacon waits for it, watching the page, until it gives up).
 */
const tip = (id: string, title: string, anchor: unknown) => ({
  id,
  tool: 'gmail',
  level: 'beginner',
  title: { fr: title, en: title },
  body: { fr: `Astuce du banc d’essai : ${title}.`, en: `Bench tip: ${title}.` },
  anchor,
});

const raw = {
  schemaVersion: 1,
  id: 'bench-beacons',
  version: '1.0.0',
  name: { fr: 'Balises du banc d’essai', en: 'Bench beacons' },
  description: { fr: 'Astuces ancrées pour mesurer les balises.', en: 'Anchored tips to measure beacons.' },
  author: { name: 'Bench' },
  licence: 'CC-BY-4.0',
  updated: '2026-12-01',
  tips: [
    tip('ecrire', 'Écrire un message', [{ role: 'button', name: { fr: 'Nouveau message', en: 'Compose' } }]),
    tip('chercher', 'Chercher un message', [{ attributes: { 'aria-label': 'Rechercher dans les messages' } }]),
    tip('premier-fil', 'Le premier fil', [{ attributes: { 'data-thread': 't-0' } }, { css: 'tr.zA' }]),
    tip('archiver', 'Archiver', [{ role: 'button', name: { fr: 'Archiver', en: 'Archive' } }, { css: '#jamais-la' }]),
  ],
};

/** Stored as the options page stores an imported file: the schema's output, never raw JSON. */
export function beaconsPack(): StoredPack {
  const pack: Pack = packSchema.parse(raw);
  return { pack, source: 'file', enabled: true, installedAt: Date.now() };
}
