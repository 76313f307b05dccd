import { t } from '../../utils/i18n';
import type { LauncherView } from '../../utils/surfaces/surface-views';
import type { CoachBasics } from '../background/surfaces/coach-context';

/** The always-on launcher: named after the tool, worded here so the detector carries no words. */
export function launcherView(ctx: CoachBasics, sides: Record<string, 'left' | 'right'> = {}): LauncherView {
  const name = ctx.tool?.names[ctx.lang] ?? '';
  return {
    show: ctx.show,
    toolId: ctx.show ? (ctx.tool?.id ?? null) : null,
    lang: ctx.lang,
    labels: ctx.show
      ? { launcher: t(ctx.lang, 'coach.launcher', { tool: name }), launcherShort: t(ctx.lang, 'coach.launcher-short') }
      : { launcher: '', launcherShort: '' },
    side: (ctx.tool && sides[ctx.tool.id]) || null,
  };
}
