import { browser } from 'wxt/browser';
import { type CoachGuide, type CoachTip, guidesForTool, tipsForTool } from '../../../utils/coach/coach-tips';
import { type Lang, resolveLang } from '../../../utils/i18n';
import { builtinPacks } from '../../../utils/packs/builtin-packs';
import { type InstalledPack, mergeInstalled } from '../../../utils/packs/installed-packs';
import { categoryOff } from '../../../utils/policy/managed';
import type { EffectiveSettings } from '../../../utils/settings/read-settings';
import {
  type Feedback,
  feedbackItem,
  type GuideProgress,
  guideProgressItem,
  knownTermsItem,
  type TipState,
  tipStatesItem,
} from '../../../utils/storage/local-items';
import {
  type GuideSession,
  guideSessionsItem,
  studioPointingItem,
  studioTrialItem,
  type TabState,
} from '../../../utils/storage/session-items';
import type { Pointing } from '../../../utils/studio/pointing';
import { toolById } from '../../../utils/tools/registry';
import type { Tool } from '../../../utils/tools/tool-schema';
import { settingsNow } from '../state/policy-cache';

/**
 * Everything the surfaces of one tab need, read once: settings and policy (one read each), the
 * packs (one merge), the volunteer's progress. Every view is built from this, so a coached page
 * costs one read of each, whatever surfaces it has.
 */
export interface CoachBasics extends EffectiveSettings {
  tabId: number;
  state: TabState | null;
  tool: Tool | undefined;
  lang: Lang;
  /** The coach shows here: a known tool, on, not off for this site or for this kind of tool. */
  show: boolean;
}

export interface CoachContext extends CoachBasics {
  packs: InstalledPack[];
  tips: CoachTip[];
  guides: CoachGuide[];
  tipStates: Record<string, TipState>;
  knownTerms: Record<string, { at: number }>;
  guideProgress: Record<string, GuideProgress>;
  /** "This helped" / "Not clear", by tip key or `guideKey#n`. */
  feedback: Record<string, Feedback>;
  guideSession: GuideSession | null;
  /** The studio points at this tab (its picker runs here). */
  pointing: Pointing | null;
}

/** Whether the coach shows on a site: on everywhere, and not turned off for that site. */
export function coachVisible(settings: EffectiveSettings['settings'], site: string): boolean {
  return settings.coachEnabled && !settings.disabledSites.includes(site);
}

/** What the launcher needs, from the settings alone: its answer never waits for the packs. */
export function coachBasics(tabId: number, state: TabState | null, read: EffectiveSettings): CoachBasics {
  const { settings, policy } = read;
  const tool = state ? toolById(state.toolId) : undefined;
  const show = !!state && !!tool && coachVisible(settings, state.site) && !categoryOff(policy, tool.category);
  return { ...read, tabId, state, tool, lang: resolveLang(settings.language, browser.i18n.getUILanguage()), show };
}

/** `effective`: the settings when the caller already read them (a detection report needs the policy). */
export async function coachContext(
  tabId: number,
  state: TabState | null,
  effective?: EffectiveSettings,
): Promise<CoachContext> {
  const [read, installed, tipStates, knownTerms, guideProgress, feedback, sessions, pointing, trial] =
    await Promise.all([
      effective ?? settingsNow(),
      builtinPacks().then(mergeInstalled),
      tipStatesItem.getValue(),
      knownTermsItem.getValue(),
      guideProgressItem.getValue(),
      feedbackItem.getValue(),
      guideSessionsItem.getValue(),
      studioPointingItem.getValue(),
      studioTrialItem.getValue(),
    ]);
  // A draft the mentor tries here comes first, as if installed (in this tab only).
  const packs =
    trial?.tabId === tabId
      ? [
          { pack: trial.pack, source: 'file' as const, enabled: true },
          ...installed.filter((p) => p.pack.id !== trial.pack.id),
        ]
      : installed;
  const basics = coachBasics(tabId, state, read);
  const { settings } = read;
  const toolId = basics.tool?.id ?? '';
  const contextId = state?.contextId ?? null;
  const { show } = basics;
  return {
    ...basics,
    packs,
    tips: show ? tipsForTool(packs, toolId, contextId, settings.level) : [],
    guides: show ? guidesForTool(packs, toolId, contextId) : [],
    tipStates,
    knownTerms,
    guideProgress,
    feedback,
    guideSession: sessions[tabId] ?? null,
    pointing: pointing?.tabId === tabId ? pointing : null,
  };
}
