import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Lang } from './i18n';
import type { Anchor, Guide, HelpLink, Tip } from './packs/pack-schema';
import type { ContextId } from './tools/tool-schema';

/**
 * Every message between the parts of Déclic. The background checks the sender and
 * validates each payload with zod (see entrypoints/background/message-guards.ts):
 * content scripts are the least trusted part and can only report what they saw.
 */
export interface DetectionReport {
  toolId: string | null;
  contextId: ContextId | null;
}

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

export interface CoachState {
  show: boolean;
  toolId: string | null;
  contextId: ContextId | null;
  lang: Lang;
  /** Worded by the background, so the always-on launcher carries no translations. */
  labels: { launcher: string; launcherShort: string };
  tips: CoachTip[];
  guides: CoachGuide[];
  /** "Learn more": help pages and tutorials for the tool. */
  learnMore: HelpLink[];
  /** Whether jargon on the page should be marked (the user's setting). */
  glossary: boolean;
}

/** One glossary term, worded in the user's language, ready for the page. */
export interface GlossaryEntry {
  /** `packId/termId`, the key of "I know this word". */
  key: string;
  forms: string[];
  term: string;
  definition: string;
  example?: string;
}

export interface GlossaryView {
  entries: GlossaryEntry[];
  lang: Lang;
  labels: { know: string; close: string; example: string };
}

/** What "Explain with Déclic" found for a selection (entry null: not in the glossary yet). */
export interface Explanation {
  lang: Lang;
  text: string;
  entry: GlossaryEntry | null;
  labels: GlossaryView['labels'] & { notFound: string; notFoundHint: string };
}

/** Tips attached to an element of the page, worded for the beacons script. */
export interface BeaconView {
  lang: Lang;
  labels: { gotIt: string; hide: string; close: string };
  tips: { key: string; title: string; body: string; anchor: Anchor; beaconLabel: string }[];
}

interface ProtocolMap {
  /** detector → background, whenever what it sees changes; the answer says what to show. */
  reportDetection(report: DetectionReport): CoachState;
  /** background → detector, when settings or packs change what to show. */
  pushCoachState(state: CoachState): void;
  /** detector → background, on the first click on the launcher: load the panel (React). */
  openPanel(): void;
  /** panel → background: content scripts cannot open the options page themselves. */
  openOptions(): void;
  /** detector → background: load the glossary marker into this tab (the setting is on). */
  loadGlossary(): void;
  /** glossary → background: the terms for the tool and context of this tab, and the card's words. */
  getGlossary(): GlossaryView;
  /** explain script → background: the explanation for the selection the user just asked about. */
  getExplanation(): Explanation | null;
  /** detector → background: load the beacons script into this tab (it has anchored tips). */
  loadBeacons(): void;
  /** beacons → background: the anchored tips of this tab not yet understood or hidden. */
  getBeacons(): BeaconView;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

export const hiddenState: CoachState = {
  show: false,
  toolId: null,
  contextId: null,
  lang: 'en',
  labels: { launcher: '', launcherShort: '' },
  tips: [],
  guides: [],
  learnMore: [],
  glossary: false,
};
