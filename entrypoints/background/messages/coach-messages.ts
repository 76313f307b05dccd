import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import { sendMessage } from '../../../utils/messaging/protocol';
import { tabStatesItem } from '../../../utils/storage/session-items';
import { OPEN_COACH_COMMAND } from '../shortcut';
import { setCoachSide } from '../state/progress-writes';
import { coachContext } from '../surfaces/coach-context';
import { showSurface } from '../surfaces/sync-surfaces';
import { self, tabSender } from './guards';

const sideSchema = z.object({ side: z.enum(['left', 'right']) }).strict();

/** The side is kept for the tool the background knows this tab is on: a page cannot name another. */
export async function onSetCoachSide(data: unknown, sender: Browser.runtime.MessageSender): Promise<void> {
  const change = sideSchema.safeParse(data);
  const from = tabSender(sender, self());
  if (!change.success || !from) return;
  const toolId = (await tabStatesItem.getValue())[from.tabId]?.toolId;
  if (!toolId) return;
  await setCoachSide(toolId, change.data.side);
}

/**
 * The shortcut, in the tab in front: the panel's script answers it; where it is not loaded yet
 * (no click so far, or a guide resumed on a new page), it is loaded first, then asked again.
 */
export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== OPEN_COACH_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const ask = () => sendMessage('focusCoach', undefined, { tabId, frameId: 0 }).catch(() => false);
  if (await ask()) return;
  const state = (await tabStatesItem.getValue())[tabId] ?? null;
  if (!state) return;
  await showSurface('panel', { tabId, frameId: 0 }, await coachContext(tabId, state), false);
  await ask();
}
