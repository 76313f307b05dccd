import { storage } from 'wxt/utils/storage';
import { serial } from './serial';
import type { ContextId } from './tools/tool-schema';

/**
 * What the detector last reported for each tab. Kept in session storage so it survives
 * the service worker going to sleep, and never written to disk.
 */
export interface TabState {
  toolId: string;
  contextId: ContextId | null;
  site: string;
}

export const tabStatesItem = storage.defineItem<Record<string, TabState>>('session:tabStates', {
  fallback: {},
});

export async function getTabState(tabId: number): Promise<TabState | null> {
  return (await tabStatesItem.getValue())[tabId] ?? null;
}

const queue = serial();

export function setTabState(tabId: number, state: TabState | null): Promise<void> {
  return queue(async () => {
    const all = { ...(await tabStatesItem.getValue()) };
    if (state) all[tabId] = state;
    else delete all[tabId];
    await tabStatesItem.setValue(all);
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return setTabState(tabId, null);
}
