import { browser } from 'wxt/browser';
import { tipsForTool } from '../../utils/coach-tips';
import { type CoachState, hiddenState, sendMessage } from '../../utils/messaging';
import { installedPacks } from '../../utils/packs/builtin-packs';
import { getSettings } from '../../utils/storage-items';
import { setTabState, type TabState, tabStatesItem } from '../../utils/tab-state';

/** What the coach in a tab should show, given what was detected there and the settings. */
export async function coachStateFor(state: TabState | null): Promise<CoachState> {
  if (!state) return hiddenState;
  const settings = await getSettings();
  const show = settings.coachEnabled && !settings.disabledSites.includes(state.site);
  if (!show) return { ...hiddenState, toolId: state.toolId, contextId: state.contextId };
  const tips = tipsForTool(await installedPacks(), state.toolId, state.contextId, settings.level);
  return { show, toolId: state.toolId, contextId: state.contextId, tips };
}

/** Loads the coach UI into a tab's top frame: React is only ever loaded here. */
async function injectCoach(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: ['/content-scripts/coach.js'],
    });
    return true;
  } catch {
    // The tab closed or navigated away meanwhile: nothing to coach.
    return false;
  }
}

/** Brings a tab's coach in line with its state: load it, update it, or hide it. */
export async function refreshCoach(tabId: number, state: TabState): Promise<void> {
  const coach = await coachStateFor(state);
  if (state.coachLoaded) {
    await sendMessage('pushCoachState', coach, { tabId, frameId: 0 }).catch(() => undefined);
  } else if (coach.show && (await injectCoach(tabId))) {
    await setTabState(tabId, { ...state, coachLoaded: true });
  }
}

/** After a settings change: every tab with a detected tool follows it. */
export async function refreshAllCoaches(): Promise<void> {
  const states = await tabStatesItem.getValue();
  await Promise.all(Object.entries(states).map(([tabId, state]) => refreshCoach(Number(tabId), state)));
}

/** The page is no longer a tool we know (a single-page app moved on): remove the coach. */
export async function hideCoach(tabId: number): Promise<void> {
  await sendMessage('pushCoachState', hiddenState, { tabId, frameId: 0 }).catch(() => undefined);
}
