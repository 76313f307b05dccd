import type { Lang } from '../i18n';
import type { Anchor, Guide, HelpLink, Tip } from '../packs/pack-schema';
import type { GuideProgress, TipStatus } from '../storage/local-items';
import type { ContextId } from '../tools/tool-schema';

/**
 * What each on-page surface receives from the background: the background builds these views
 * (entrypoints/background/surfaces/) and pushes them; the surfaces only draw. A null view
 * means "this surface no longer applies here": it removes itself.
 */

/** The always-on launcher, drawn by the detector. Worded by the background: it carries no translations. */
export interface LauncherView {
  show: boolean;
  toolId: string | null;
  lang: Lang;
  labels: { launcher: string; launcherShort: string };
}

export interface PanelTip {
  key: string;
  tip: Tip;
  status?: TipStatus;
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
}

/** One glossary term, worded in the volunteer's language, ready for the page. */
export interface GlossaryEntry {
  /** `packId/termId`, the key of "I know this word". */
  key: string;
  forms: string[];
  term: string;
  definition: string;
  example?: string;
}

export interface CardLabels {
  know: string;
  close: string;
  example: string;
}

export interface GlossaryView {
  entries: GlossaryEntry[];
  lang: Lang;
  labels: CardLabels;
}

/** Tips attached to an element of the page, minus those understood or hidden. */
export interface BeaconsView {
  lang: Lang;
  labels: { gotIt: string; hide: string; close: string };
  tips: { key: string; title: string; body: string; anchor: Anchor; beaconLabel: string }[];
}

/** The step of the guide this tab is running. */
export interface GuideView {
  key: string;
  lang: Lang;
  guide: Guide;
  step: number;
  labels: Record<'step' | 'back' | 'next' | 'finish' | 'stop' | 'searching' | 'notFound' | 'learned', string>;
}

/** What "Explain with Déclic" found for a selection (entry null: not in the glossary yet). */
export interface ExplainView {
  lang: Lang;
  text: string;
  entry: GlossaryEntry | null;
  labels: CardLabels & { notFound: string; notFoundHint: string };
}

export interface SurfaceViews {
  launcher: LauncherView;
  panel: PanelView;
  glossary: GlossaryView;
  beacons: BeaconsView;
  guide: GuideView;
  explain: ExplainView;
}

export type SurfaceId = keyof SurfaceViews;
export const surfaceIds = [
  'launcher',
  'panel',
  'glossary',
  'beacons',
  'guide',
  'explain',
] as const satisfies readonly SurfaceId[];
