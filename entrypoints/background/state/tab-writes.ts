import {
  type GuideSession,
  guideSessionsItem,
  policyAppliedItem,
  type TabCheck,
  type TabState,
  tabChecksItem,
  tabStatesItem,
} from '../../../utils/storage/session-items';
import { write } from './write-queue';

/**
 * What the detector last reported for each tab (session storage: gone when the browser closes).
 * A page that blocked the coach stays marked so until a new page comes (`fresh`) or the site changes.
 */
export function setTabState(tabId: number, state: TabState | null, fresh = true): Promise<void> {
  return write(async () => {
    const all = { ...(await tabStatesItem.getValue()) };
    const before = all[tabId];
    const blocked = !fresh && before?.blocked && before.site === state?.site;
    if (state) all[tabId] = blocked ? { ...state, blocked } : state;
    else delete all[tabId];
    await tabStatesItem.setValue(all);
  });
}

/** The page in this tab kept removing the coach: the toolbar popup shows its tips instead. */
export function markTabBlocked(tabId: number): Promise<void> {
  return write(async () => {
    const all = { ...(await tabStatesItem.getValue()) };
    const state = all[tabId];
    if (!state) return;
    all[tabId] = { ...state, blocked: true };
    await tabStatesItem.setValue(all);
  });
}

/** The guide a tab runs, and its step; null when it ends. */
export function setGuideSession(tabId: number, session: GuideSession | null): Promise<void> {
  return write(async () => {
    const all = { ...(await guideSessionsItem.getValue()) };
    if (session) all[tabId] = session;
    else delete all[tabId];
    await guideSessionsItem.setValue(all);
  });
}

/** What Déclic just did in a tab (null: the tab is gone). */
export function setTabCheck(tabId: number, check: TabCheck | null): Promise<void> {
  return write(async () => {
    const all = { ...(await tabChecksItem.getValue()) };
    if (check) all[tabId] = check;
    else delete all[tabId];
    await tabChecksItem.setValue(all);
  });
}

export const markPolicyApplied = (keys: string[]): Promise<void> =>
  write(() => policyAppliedItem.setValue({ at: Date.now(), keys }));

/** A closed tab leaves nothing behind. */
export function forgetTab(tabId: number): Promise<void> {
  return Promise.all([setTabState(tabId, null), setGuideSession(tabId, null), setTabCheck(tabId, null)]).then(
    () => undefined,
  );
}
