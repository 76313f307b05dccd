import type { InstalledPack } from '../packs/installed-packs';
import { itemKey } from '../packs/item-key';
import type { Guide, HelpLink, Level, Tip } from '../packs/pack-schema';
import type { ContextId } from '../tools/tool-schema';

/** A pack's tip or guide with the key a volunteer's choices are stored under. */
export interface CoachTip {
  key: string;
  packId: string;
  tip: Tip;
}

export interface CoachGuide {
  key: string;
  packId: string;
  guide: Guide;
}

/**
 * The tips for one tool: beginners see beginner tips, intermediate users see all.
 * Tips for the context the user is in (writing a mail…) come first.
 */
export function tipsForTool(
  packs: readonly InstalledPack[],
  toolId: string,
  contextId: ContextId | null,
  level: Level,
): CoachTip[] {
  const tips: CoachTip[] = [];
  for (const { pack, enabled } of packs) {
    if (!enabled) continue;
    for (const tip of pack.tips) {
      if (tip.tool !== toolId) continue;
      if (level === 'beginner' && tip.level !== 'beginner') continue;
      if (tip.contexts?.length && !(contextId && tip.contexts.includes(contextId))) continue;
      tips.push({ key: itemKey(pack.id, tip.id), packId: pack.id, tip });
    }
  }
  const inContext = (entry: CoachTip) => (contextId && entry.tip.contexts?.includes(contextId) ? 0 : 1);
  return tips.sort((a, b) => inContext(a) - inContext(b));
}

/**
 * The guides for one tool: like tips, a guide for a context (writing a mail, editing a page) is only
 * offered there, since its steps happen there; those for the user's context come first.
 */
export function guidesForTool(
  packs: readonly InstalledPack[],
  toolId: string,
  contextId: ContextId | null,
): CoachGuide[] {
  const guides: CoachGuide[] = [];
  for (const { pack, enabled } of packs) {
    if (!enabled) continue;
    for (const guide of pack.guides ?? []) {
      if (guide.tool !== toolId) continue;
      if (guide.contexts?.length && !(contextId && guide.contexts.includes(contextId))) continue;
      guides.push({ key: itemKey(pack.id, guide.id), packId: pack.id, guide });
    }
  }
  const inContext = (entry: CoachGuide) => (contextId && entry.guide.contexts?.includes(contextId) ? 0 : 1);
  return guides.sort((a, b) => inContext(a) - inContext(b));
}

/**
 * "Learn more" for a tool: the packs' resources for it, then the links of its tips and guides,
 * each address once. Capped: a short list is read, a long one is not.
 */
export function learnMoreFor(packs: readonly InstalledPack[], toolId: string, max = 8): HelpLink[] {
  const seen = new Set<string>();
  const links: HelpLink[] = [];
  const add = (list: readonly HelpLink[] | undefined) => {
    for (const link of list ?? []) {
      if (links.length < max && !seen.has(link.url)) {
        seen.add(link.url);
        links.push(link);
      }
    }
  };
  const enabled = packs.filter((entry) => entry.enabled).map((entry) => entry.pack);
  for (const pack of enabled) for (const r of pack.resources ?? []) if (r.tool === toolId) add(r.links);
  for (const pack of enabled) for (const g of pack.guides ?? []) if (g.tool === toolId) add(g.links);
  for (const pack of enabled) for (const tip of pack.tips) if (tip.tool === toolId) add(tip.links);
  return links;
}
