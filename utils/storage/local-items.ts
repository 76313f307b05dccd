import { storage } from 'wxt/utils/storage';
import type { Checkup } from '../checkup/checkup-record';
import type { StoredDiagnostic } from '../diagnostics/diagnostic-schema';
import { settingsV1toV2 } from '../settings/settings-migrations';
import type { StoredSettings } from '../settings/settings-schema';
import type { StudioDraft } from '../studio/draft-model';

/**
 * Every item Déclic keeps on the device (`storage.local`), typed and versioned: a change of
 * shape bumps `version` and adds a migration, so data written by an older Déclic still loads.
 * Only the background writes them (entrypoints/background/state/); pages and scripts read or
 * send it a message. Packs are in pack-items.ts, per-tab state in session-items.ts.
 */

/** The volunteer's own choices only (version 2): defaults and the association's fill the rest. */
export const settingsItem = storage.defineItem<StoredSettings>('local:settings', {
  fallback: {},
  version: 2,
  migrations: { 2: settingsV1toV2 },
});

export type TipStatus = 'got-it' | 'hidden';

/** Version 2 adds when the choice was made (for "what I have learned"); version 1 kept the status only. */
export interface TipState {
  status: TipStatus;
  at: number;
}

/** The volunteer's choice per tip, keyed by `packId/tipId` so it survives pack updates. */
export const tipStatesItem = storage.defineItem<Record<string, TipState>>('local:tipStates', {
  fallback: {},
  version: 2,
  migrations: {
    2: (v1: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(v1 ?? {}).flatMap(([key, status]) =>
          status === 'got-it' || status === 'hidden' ? [[key, { status, at: 0 }]] : [],
        ),
      ),
  },
});

/** Words the volunteer said they know ("I know this word"), keyed by `packId/termId`. */
export const knownTermsItem = storage.defineItem<Record<string, { at: number }>>('local:knownTerms', {
  fallback: {},
  version: 1,
});

/** Where the volunteer is in each guide, keyed by `packId/guideId`; `done` once finished (learned). */
export interface GuideProgress {
  step: number;
  done: boolean;
  at: number;
}

export const guideProgressItem = storage.defineItem<Record<string, GuideProgress>>('local:guideProgress', {
  fallback: {},
  version: 1,
});

/** "This helped" or "Not clear": what the volunteer thought of a tip or of one step of a guide. */
export type Verdict = 'helped' | 'unclear';
export interface Feedback {
  verdict: Verdict;
  at: number;
}

/**
 * Feedback kept on this device only (Déclic sends it nowhere; the volunteer may save it in a
 * file for a mentor). Keyed by `packId/tipId`, or `packId/guideId#n` for step n of a guide (from 1).
 */
export const feedbackItem = storage.defineItem<Record<string, Feedback>>('local:feedback', {
  fallback: {},
  version: 1,
});

/**
 * The association's policy as last read from the browser. Just after the browser starts, the
 * browser can take seconds to hand the policy over: the coach answers from this copy meanwhile.
 */
export const lastPolicyItem = storage.defineItem<Record<string, unknown> | null>('local:lastPolicy', {
  fallback: null,
});

/** The side of the page where the volunteer put the coach, per tool ("Move to the other side"). */
export type CoachSide = 'left' | 'right';
export const coachSidesItem = storage.defineItem<Record<string, CoachSide>>('local:coachSides', { fallback: {} });

/** The last « Où en suis-je ? »: each area in words, the level proposed, when (no answers kept). */
export const diagnosticItem = storage.defineItem<StoredDiagnostic | null>('local:diagnostic', {
  fallback: null,
  version: 1,
});

/**
 * What the volunteer did in the practice spaces (entrypoints/practice): exercises, keyed by their
 * id (done, or tried and not right yet), and guides followed to the end there, keyed by
 * `packId/guideId`. Counted in "What I have learned"; the volunteer's own, like their progress.
 */
export interface PracticeProgress {
  exercises: Record<string, { done: boolean; tries: number; at: number }>;
  guides: Record<string, { at: number }>;
}

/** Nothing practised yet: the item's fallback, and what a page shows before the item is read. */
export const NO_PRACTICE: PracticeProgress = { exercises: {}, guides: {} };

export const practiceItem = storage.defineItem<PracticeProgress>('local:practice', {
  fallback: NO_PRACTICE,
  version: 1,
});

/**
 * What one volunteer did, which must not follow them to the next person on a shared computer.
 * These hold only pack item ids, choices and times: no page text, name, address or typed text.
 */
export const personalItems = [
  tipStatesItem,
  knownTermsItem,
  guideProgressItem,
  coachSidesItem,
  feedbackItem,
  practiceItem,
  diagnosticItem,
] as const;

/**
 * The pack a mentor is making in the studio, kept as they type so closing the page loses
 * nothing. It holds typed text: on a shared computer "Next volunteer" forgets it too.
 */
export const studioDraftItem = storage.defineItem<StudioDraft | null>('local:studioDraft', {
  fallback: null,
  version: 1,
});

/**
 * The association's check-ups (« Diagnostic numérique »), newest first, at most ten: the board's
 * answers, not one volunteer's, so "Next volunteer" keeps them (they are not in personalItems).
 */
export const checkupsItem = storage.defineItem<Checkup[]>('local:checkups', { fallback: [], version: 1 });
