import { handoutPath } from '../packs/handout-path';
import type { Guide, Pack } from '../packs/pack-schema';
import { hasPracticeSpace, practicePath } from '../practice/spaces';
import { areaOf } from '../progress/learned';
import type { Area, DiagnosticResult } from './diagnostic-schema';

/** A guide the diagnostic proposes, and where it opens. */
export interface Proposal {
  key: string;
  guide: Guide;
  area: Area;
  /** Opens the offline practice space with the guide started; else the guide's printable handout. */
  practice: boolean;
  path: string;
}

export const PROPOSAL_COUNT = 3;

/**
 * The first guides to try: the built-in packs' guides of the areas still to discover, one area
 * after another (the weakest first, so three weak areas give one guide each). Guides of a tool
 * Déclic can imitate offline come first in their area: the volunteer tries them without risk.
 * When the areas to discover have too few guides, the other areas follow, weakest first.
 */
export function proposeGuides(result: DiagnosticResult, packs: readonly Pack[], count = PROPOSAL_COUNT): Proposal[] {
  const byArea = (area: Area): Proposal[] =>
    packs
      .flatMap((pack) =>
        (pack.guides ?? [])
          .filter((guide) => areaOf(guide.competence) === area)
          .map((guide) => {
            const key = `${pack.id}/${guide.id}`;
            const tool = guide.tool;
            const practice = hasPracticeSpace(tool);
            return { key, guide, area, practice, path: practice ? practicePath(tool, key) : handoutPath(key) };
          }),
      )
      // A stable sort: within each kind, the packs' own order.
      .sort((a, b) => Number(b.practice) - Number(a.practice));
  const toDiscover = result.weakest.filter((area) => result.areas[area] === 'to-discover');
  const others = result.weakest.filter((area) => result.areas[area] !== 'to-discover');
  const chosen: Proposal[] = [];
  for (const areas of [toDiscover, others]) {
    const queues = areas.map(byArea).filter((queue) => queue.length);
    while (chosen.length < count && queues.some((queue) => queue.length)) {
      for (const queue of queues) {
        const next = queue.shift();
        if (next && chosen.length < count && !chosen.some((p) => p.key === next.key)) chosen.push(next);
      }
    }
  }
  return chosen;
}
