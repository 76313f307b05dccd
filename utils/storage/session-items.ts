import { storage } from 'wxt/utils/storage';
import type { PickedPlace, Pointing, StudioTrial } from '../studio/pointing';
import type { ContextId } from '../tools/tool-schema';

/**
 * What lives only while the browser is open (`storage.session`: never written to disk, emptied
 * when the browser closes). It survives the background worker going to sleep.
 */

/** What the detector last reported for a tab. */
export interface TabState {
  toolId: string;
  contextId: ContextId | null;
  site: string;
  /** The page kept removing Déclic's button (the popup then shows the tips). */
  blocked?: boolean;
}

export const tabStatesItem = storage.defineItem<Record<string, TabState>>('session:tabStates', { fallback: {} });

/**
 * A shared computer starts each browser session fresh: a missing mark means a new session
 * (see policy/shared-computer.ts).
 */
export const sharedSessionItem = storage.defineItem<number | null>('session:sharedSessionStarted', {
  fallback: null,
});

/** The guide a tab is running and its step: the guide carries on when the page changes. */
export interface GuideSession {
  key: string;
  step: number;
  /** When the volunteer reached this step by doing the last one on the page (it may load a new page). */
  actedAt?: number;
}

export const guideSessionsItem = storage.defineItem<Record<string, GuideSession>>('session:guideSessions', {
  fallback: {},
});

/**
 * What Déclic last did in each tab: the page's site, the tool it found there (or none), and the
 * surfaces it runs. The popup's "Check this page" waits for it; so do tests that prove nothing
 * happened on a page (they first wait for Déclic to have looked).
 */
export interface TabCheck {
  site: string | null;
  toolId: string | null;
  contextId: ContextId | null;
  shown: boolean;
  surfaces: string[];
  at: number;
}

export const tabChecksItem = storage.defineItem<Record<string, TabCheck>>('session:tabChecks', { fallback: {} });

/** When the background last applied the association's policy (at its start, and after each change), and its keys. */
export const policyAppliedItem = storage.defineItem<{ at: number; keys: string[] } | null>('session:policyApplied', {
  fallback: null,
});

/** The studio pointing at a page (see studio/pointing.ts): one at a time, in one tab. */
export const studioPointingItem = storage.defineItem<Pointing | null>('session:studioPointing', { fallback: null });

/** Places chosen in the page, until the studio takes them into its draft (the studio's tab may be asleep). */
export const studioPickedItem = storage.defineItem<PickedPlace[]>('session:studioPicked', { fallback: [] });

/** « Essayer sur cette page »: a draft's pack shown in one tab as if installed, until the mentor stops. */
export const studioTrialItem = storage.defineItem<StudioTrial | null>('session:studioTrial', { fallback: null });
