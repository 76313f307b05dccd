/** A surface's id, as the background's table names it (panel, glossary…). */
type SurfaceId = string;

/**
 * Which surfaces run in this page, kept in the extension's isolated world (the page cannot see
 * it). The detector reports the list, so the background only injects what is missing; each
 * surface marks itself on start and unmarks itself when it stops.
 */
const SLOT = Symbol.for('declic.loaded-surfaces');
const registry = (): Set<SurfaceId> => {
  const slot = globalThis as Record<symbol, Set<SurfaceId> | undefined>;
  slot[SLOT] ??= new Set();
  return slot[SLOT];
};

/** False when the surface already runs here: a second injection then does nothing. */
export function markLoaded(surface: SurfaceId): boolean {
  const loaded = registry();
  if (loaded.has(surface)) return false;
  loaded.add(surface);
  return true;
}

export function markUnloaded(surface: SurfaceId): void {
  registry().delete(surface);
}

export function loadedSurfaces(): SurfaceId[] {
  return [...registry()];
}
