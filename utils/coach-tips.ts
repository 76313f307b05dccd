import type { CoachTip } from './messaging';
import type { InstalledPack } from './packs/builtin-packs';
import type { Level } from './packs/pack-schema';
import { tipKey } from './storage-items';
import type { ContextId } from './tools/tool-schema';

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
      tips.push({ key: tipKey(pack.id, tip.id), packId: pack.id, tip });
    }
  }
  const inContext = (entry: CoachTip) => (contextId && entry.tip.contexts?.includes(contextId) ? 0 : 1);
  return tips.sort((a, b) => inContext(a) - inContext(b));
}
