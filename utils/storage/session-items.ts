import { storage } from 'wxt/utils/storage';
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
}

export const guideSessionsItem = storage.defineItem<Record<string, GuideSession>>('session:guideSessions', {
  fallback: {},
});
