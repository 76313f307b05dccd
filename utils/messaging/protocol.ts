import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Checkup, CheckupSource } from '../checkup/checkup-record';
import type { DiagnosticResult } from '../diagnostics/diagnostic-schema';
import type { Lang } from '../i18n';
import type { Tip } from '../packs/pack-schema';
import type { SettingsPatch } from '../settings/settings-schema';
import type { TipStatus, Verdict } from '../storage/local-items';
import type { Subscription } from '../storage/pack-items';
import type { StudioDraft } from '../studio/draft-model';
import type { Picked, PickedPlace, PointAnswer, PointRequest } from '../studio/pointing';
import type { LauncherView } from '../surfaces/surface-views';
import type { ContextId } from '../tools/tool-schema';

/**
 * Every message between the parts of Déclic. The background is the only writer of shared
 * state: content scripts and pages ask it. It checks each sender and validates each payload
 * with zod (entrypoints/background/messages/): content scripts are the least trusted part.
 */
export interface DetectionReport {
  toolId: string | null;
  contextId: ContextId | null;
  /** The surfaces already running in this page (their ids), so the background loads only what is missing. */
  loaded: string[];
  /** The first report of this page (a new document in the tab). */
  first: boolean;
}

/** A surface's view (its type is the surface's own, see entrypoints/<surface>.content/view.ts). */
export interface PushedView {
  surface: string;
  view: unknown;
}

/** What the toolbar popup shows when a page keeps Déclic's button away: the tips it would give. */
export interface BlockedTips {
  lang: Lang;
  tips: Tip[];
}

export type InstallResult = { ok: true; replacedVersion?: string } | { ok: false; errors: string[] };

export type PracticeChange =
  | { kind: 'exercise'; id: string; done: boolean }
  | { kind: 'guide'; key: string }
  | { kind: 'feedback'; key: string; step: number; verdict: Verdict | null };

interface ProtocolMap {
  // ── content scripts → background
  /** The detector, whenever what it sees changes; the answer is the launcher's view. */
  reportDetection(report: DetectionReport): LauncherView;
  /** The launcher's first click: load the panel into this tab. */
  openPanel(): void;
  /** The panel, once loaded, asks for its view (a view pushed while it was still starting is lost). */
  panelView(): unknown;
  /** Content scripts cannot open the options page themselves. */
  openOptions(): void;
  setTipStatus(change: { key: string; status: TipStatus | null }): void;
  /** The panel's "show hidden tips": every hidden tip of this tab's tool comes back. */
  showHiddenTips(): void;
  knowTerm(term: { key: string }): void;
  /** "This helped" / "Not clear" on a tip, or on a guide's step (`guideKey#n`); null takes it back. */
  giveFeedback(change: { key: string; verdict: Verdict | null }): void;
  startGuide(start: { key: string; step: number }): void;
  /** `acted`: the volunteer did the step on the page (its action may open a new page of the tool). */
  guideStep(step: { key: string; step: number; acted?: boolean }): void;
  endGuide(end: { key: string; finished: boolean }): void;
  /** "Move to the other side": remembered for the tool this tab is on. */
  setCoachSide(change: { side: 'left' | 'right' }): void;
  /** The page kept removing the coach: Déclic stopped putting it back (the popup shows the tips). */
  coachBlocked(): void;
  /** « S'entraîner d'abord »: opens the tool's practice space (and starts the guide there). */
  openPractice(target: { tool: string; guide?: string }): void;
  /** The studio's picker chose a place on the page (false: refused). */
  studioPicked(picked: Picked): boolean;
  /** Esc or « Terminer » in the picker (or « Arrêter » in the studio): pointing ends. */
  studioStop(): void;

  // ── background → content scripts
  /** A surface's new view (null: it no longer applies). */
  pushView(pushed: PushedView): void;
  /** Settings, packs or progress changed: the detector answers with a fresh report. */
  recheck(): DetectionReport | null;
  /** The keyboard shortcut: into the coach (the guide's step, else the panel), or back to the page. */
  focusCoach(): boolean;

  // ── Déclic's own pages → background
  updateSettings(patch: SettingsPatch): void;
  forgetKnownTerm(term: { key: string }): void;
  resetLearned(): void;
  resetPersonal(): void;
  /** `pack` as written (asWritten): the background loads it again, as any file. */
  installPack(install: { pack: unknown; subscription?: Subscription }): InstallResult;
  removePack(target: { id: string }): void;
  setPackEnabled(target: { id: string; enabled: boolean }): void;
  movePack(target: { id: string; delta: -1 | 1 }): void;
  checkPackNow(target: { id: string }): void;
  /** The popup, on a tab whose page blocked the coach: the tips the coach would show there. */
  blockedTips(target: { tabId: number }): BlockedTips | null;
  /** « Où en suis-je ? » keeps its result on the device (false if refused). */
  saveDiagnostic(result: DiagnosticResult): boolean;
  /** The studio, as the mentor types: the draft to keep (null: start a new pack); false if refused. */
  saveStudioDraft(draft: StudioDraft | null): boolean;
  /** The studio: point at (or record on) the tool's page open in another tab. */
  studioPoint(request: PointRequest): PointAnswer;
  /** The studio takes the places chosen since it last asked. */
  studioTakePicked(): PickedPlace[];
  /** « Essayer sur cette page »: the draft's pack shown in the tool's tab (checked again there). */
  studioTry(trial: { pack: unknown; lang: Lang }): PointAnswer;
  studioEndTrial(): void;
  /** The practice page: an exercise tried, a guide finished, a step's feedback (see practice-messages.ts). */
  practiceProgress(change: PracticeChange): void;
  /** The check-up page: check-ups to keep (answered, or read from a file); false if refused. */
  saveCheckups(save: { checkups: Checkup[]; from: CheckupSource }): number;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
