import type { InstalledPack } from '../packs/installed-packs';
import type { GuideProgress, PracticeProgress, TipState } from '../storage/local-items';

/**
 * One thing the volunteer has learned: a tip marked "Got it", a guide finished, a guide followed
 * on a practice space, or an exercise done there.
 */
export interface LearnedItem {
  key: string;
  kind: 'tip' | 'guide' | 'practice-guide' | 'exercise';
  title: { fr: string; en: string };
  competence?: string;
  at: number;
}

export interface LearnedGroup {
  tool: string;
  items: LearnedItem[];
}

/**
 * "What I have learned", grouped by tool (in the order the packs list them), newest first.
 * Items of packs since removed are left out: their text is gone with them.
 */
export function learnedByTool(
  packs: readonly InstalledPack[],
  tipStates: Record<string, TipState>,
  guides: Record<string, GuideProgress>,
  practice: { guides: PracticeProgress['guides']; exercises: { tool: string; item: LearnedItem }[] } = {
    guides: {},
    exercises: [],
  },
): LearnedGroup[] {
  const groups = new Map<string, LearnedItem[]>();
  const add = (tool: string, item: LearnedItem) => {
    const list = groups.get(tool) ?? [];
    list.push(item);
    groups.set(tool, list);
  };
  for (const { pack } of packs) {
    for (const tip of pack.tips) {
      const key = `${pack.id}/${tip.id}`;
      const state = tipStates[key];
      if (state?.status === 'got-it') {
        add(tip.tool, { key, kind: 'tip', title: tip.title, competence: tip.competence, at: state.at });
      }
    }
    for (const guide of pack.guides ?? []) {
      const key = `${pack.id}/${guide.id}`;
      const progress = guides[key];
      if (progress?.done) {
        add(guide.tool, { key, kind: 'guide', title: guide.title, competence: guide.competence, at: progress.at });
      }
      // Followed on a practice space: counted once, the real tool's finish first.
      const practised = practice.guides[key];
      if (practised && !progress?.done) {
        const item = { title: guide.title, competence: guide.competence, at: practised.at };
        add(guide.tool, { key: `practice:${key}`, kind: 'practice-guide', ...item });
      }
    }
  }
  for (const { tool, item } of practice.exercises) add(tool, item);
  return [...groups].map(([tool, items]) => ({ tool, items: items.sort((a, b) => b.at - a.at) }));
}

/** The Pix / CRCN areas, by the first digit of a competence ("2.1" → area 2). */
export const PIX_AREAS = ['1', '2', '3', '4', '5'] as const;
export const areaOf = (competence: string | undefined): string | undefined => competence?.split('.')[0];
