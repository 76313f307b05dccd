import type { Browser } from 'wxt/browser';
import { z } from 'zod';
import type { BlockedTips } from '../../../utils/messaging/protocol';
import { tabStatesItem } from '../../../utils/storage/session-items';
import { markTabBlocked } from '../state/tab-writes';
import { coachContext } from '../surfaces/coach-context';
import { pageSender, self, tabSender } from './guards';

type Sender = Browser.runtime.MessageSender;

/** The page kept removing the coach (detector.content/keep-coach.ts): the popup takes over. */
export async function onCoachBlocked(sender: Sender): Promise<void> {
  const from = tabSender(sender, self());
  if (from) await markTabBlocked(from.tabId);
}

const tabSchema = z.strictObject({ tabId: z.number().int().min(0) });

/** Only Déclic's own pages ask, and only for a tab whose page blocked the coach. */
export async function onBlockedTips(data: unknown, sender: Sender): Promise<BlockedTips | null> {
  const asked = tabSchema.safeParse(data);
  if (!asked.success || !pageSender(sender, self())) return null;
  const state = (await tabStatesItem.getValue())[asked.data.tabId];
  if (!state?.blocked) return null;
  const ctx = await coachContext(asked.data.tabId, state);
  if (!ctx.show) return null;
  const open = ctx.tips.filter(({ key }) => !ctx.tipStates[key]);
  return { lang: ctx.lang, tips: open.map(({ tip }) => tip) };
}
