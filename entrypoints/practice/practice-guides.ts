import type { InstalledPack } from '../../utils/packs/installed-packs';
import type { Guide } from '../../utils/packs/pack-schema';

export interface PracticeGuide {
  key: string;
  guide: Guide;
}

/** The guides the volunteer's packs give for a tool, in the packs' order (the coach's order too). */
export function guidesFor(packs: readonly InstalledPack[], tool: string): PracticeGuide[] {
  return packs
    .filter((entry) => entry.enabled)
    .flatMap(({ pack }) =>
      (pack.guides ?? [])
        .filter((guide) => guide.tool === tool)
        .map((guide) => ({ key: `${pack.id}/${guide.id}`, guide })),
    );
}
