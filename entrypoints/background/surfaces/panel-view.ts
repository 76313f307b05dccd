import { learnMoreFor } from '../../../utils/coach/coach-tips';
import type { PanelView } from '../../../utils/surfaces/surface-views';
import type { CoachContext } from './coach-context';

/** The tips panel: this tool's tips with the volunteer's choices, its guides with their progress. */
export function panelView(ctx: CoachContext): PanelView {
  return {
    toolId: ctx.tool?.id ?? '',
    contextId: ctx.state?.contextId ?? null,
    lang: ctx.lang,
    tips: ctx.tips.map(({ key, tip }) => ({ key, tip, status: ctx.tipStates[key]?.status })),
    guides: ctx.guides.map(({ key, guide }) => ({ key, guide, progress: ctx.guideProgress[key] })),
    learnMore: ctx.tool ? learnMoreFor(ctx.packs, ctx.tool.id) : [],
  };
}
