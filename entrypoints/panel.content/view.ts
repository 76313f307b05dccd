import { learnMoreFor } from '../../utils/coach/coach-tips';
import type { Lang } from '../../utils/i18n';
import type { Guide, HelpLink, Tip } from '../../utils/packs/pack-schema';
import type { GuideProgress, TipStatus, Verdict } from '../../utils/storage/local-items';
import type { GlossaryEntry } from '../../utils/surfaces/surface-views';
import type { ContextId } from '../../utils/tools/tool-schema';
import { openCoachShortcut } from '../background/shortcut';
import type { CoachContext } from '../background/surfaces/coach-context';
import { glossaryEntries } from '../glossary.content/view';
import { type HelpView, helpView } from './help-view';

export interface PanelTip {
  key: string;
  tip: Tip;
  status?: TipStatus;
  /** "This helped" / "Not clear", if the volunteer said so. */
  verdict?: Verdict;
}

export interface PanelGuide {
  key: string;
  guide: Guide;
  progress?: GuideProgress;
}

/** The tips panel (React), loaded when the volunteer opens the launcher. */
export interface PanelView {
  toolId: string;
  contextId: ContextId | null;
  lang: Lang;
  tips: PanelTip[];
  guides: PanelGuide[];
  /** "Learn more": help pages and tutorials for the tool. */
  learnMore: HelpLink[];
  /** The tool's words, for the panel's search (the volunteer's language, both languages' forms). */
  words: Pick<GlossaryEntry, 'key' | 'term' | 'definition' | 'forms'>[];
  /** The keyboard shortcut as the browser shows it ("Alt+Shift+D"); empty when none is set. */
  shortcut: string;
  /** "Ask for help": who to ask, and what the volunteer is on. */
  help: HelpView;
}

/** The tips panel: this tool's tips with the volunteer's choices, its guides with their progress. */
export function panelView(ctx: CoachContext): PanelView {
  return {
    toolId: ctx.tool?.id ?? '',
    contextId: ctx.state?.contextId ?? null,
    lang: ctx.lang,
    tips: ctx.tips.map(({ key, tip }) => ({
      key,
      tip,
      status: ctx.tipStates[key]?.status,
      verdict: ctx.feedback[key]?.verdict,
    })),
    guides: ctx.guides.map(({ key, guide }) => ({ key, guide, progress: ctx.guideProgress[key] })),
    learnMore: ctx.tool ? learnMoreFor(ctx.packs, ctx.tool.id) : [],
    words: glossaryEntries(ctx).map(({ key, term, definition, forms }) => ({ key, term, definition, forms })),
    shortcut: openCoachShortcut(),
    help: helpView(ctx),
  };
}
