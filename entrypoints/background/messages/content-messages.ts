import { type Browser, browser } from 'wxt/browser';
import { parseFeedbackKey } from '../../../utils/progress/feedback';
import type { TabState } from '../../../utils/storage/session-items';
import { tabStatesItem } from '../../../utils/storage/session-items';
import { panelView } from '../../panel.content/view';
import { knowTerm, setFeedback, setGuideProgress, setTipStatus, unhideTips } from '../state/progress-writes';
import { setGuideSession } from '../state/tab-writes';
import { type CoachContext, coachContext } from '../surfaces/coach-context';
import { showSurface } from '../surfaces/sync-surfaces';
import { feedbackSchema, guideEndSchema, guideStepSchema, keySchema, self, tabSender, tipStatusSchema } from './guards';

/**
 * What content scripts may ask, and nothing more: load our own panel into their own tab, record
 * what the volunteer did with a tip, a word or a guide of the tool they are on, open our options
 * page. None of these takes a URL, so a page can never make Déclic fetch or open an address.
 */
type Sender = Browser.runtime.MessageSender;

/** The sender's tab and its context, or null when the sender is not one of our content scripts. */
async function contextOf(sender: Sender, anyFrame = false): Promise<CoachContext | null> {
  const from = tabSender(sender, self(), anyFrame);
  if (!from) return null;
  const state: TabState | null = (await tabStatesItem.getValue())[from.tabId] ?? null;
  return coachContext(from.tabId, state);
}

export async function onOpenPanel(sender: Sender): Promise<void> {
  const ctx = await contextOf(sender);
  if (ctx) await showSurface('panel', { tabId: ctx.tabId, frameId: 0 }, ctx, false);
}

export async function onPanelView(sender: Sender): Promise<unknown> {
  const ctx = await contextOf(sender);
  return ctx?.show ? panelView(ctx) : null;
}

export async function onOpenOptions(sender: Sender): Promise<void> {
  if (tabSender(sender, self())) await browser.runtime.openOptionsPage();
}

/** Only a tip of the tool this tab is on can be marked. */
export async function onSetTipStatus(data: unknown, sender: Sender): Promise<void> {
  const change = tipStatusSchema.safeParse(data);
  const ctx = change.success ? await contextOf(sender) : null;
  if (ctx && change.success && ctx.tips.some((tip) => tip.key === change.data.key)) {
    await setTipStatus(change.data.key, change.data.status);
  }
}

export async function onShowHiddenTips(sender: Sender): Promise<void> {
  const ctx = await contextOf(sender);
  if (ctx) await unhideTips(ctx.tips.map((tip) => tip.key));
}

/** "I know this word": from the glossary or from "Explain" (any frame), for a word a pack has. */
export async function onKnowTerm(data: unknown, sender: Sender): Promise<void> {
  const term = keySchema.safeParse(data);
  const ctx = term.success ? await contextOf(sender, true) : null;
  if (!ctx || !term.success) return;
  const known = ctx.packs.some(({ pack }) => (pack.glossary ?? []).some((t) => `${pack.id}/${t.id}` === term.data.key));
  if (known) await knowTerm(term.data.key);
}

/** "This helped" / "Not clear": only on a tip, or a step of a guide, of the tool this tab is on. */
export async function onGiveFeedback(data: unknown, sender: Sender): Promise<void> {
  const change = feedbackSchema.safeParse(data);
  const ctx = change.success ? await contextOf(sender) : null;
  if (!ctx || !change.success) return;
  const { item, step } = parseFeedbackKey(change.data.key);
  const known =
    step === null
      ? ctx.tips.some((tip) => tip.key === item)
      : ctx.guides.some((guide) => guide.key === item && step <= guide.guide.steps.length);
  if (known) await setFeedback(change.data.key, change.data.verdict);
}

/** Start, move in, or end a guide of this tab's tool; the guide surface follows. */
export async function onGuide(kind: 'start' | 'step' | 'end', data: unknown, sender: Sender): Promise<void> {
  const ctx = await contextOf(sender);
  const parsed = kind === 'end' ? guideEndSchema.safeParse(data) : guideStepSchema.safeParse(data);
  if (!ctx || !parsed.success) return;
  const entry = ctx.guides.find((guide) => guide.key === parsed.data.key);
  if (!entry || (kind !== 'start' && ctx.guideSession?.key !== entry.key)) return;
  const last = entry.guide.steps.length - 1;
  if ('finished' in parsed.data) {
    await setGuideSession(ctx.tabId, null);
    if (parsed.data.finished) await setGuideProgress(entry.key, { step: last, done: true, at: Date.now() });
  } else {
    const step = Math.min(parsed.data.step, last);
    const acted = 'acted' in parsed.data && parsed.data.acted;
    await setGuideSession(ctx.tabId, { key: entry.key, step, ...(acted && { actedAt: Date.now() }) });
    await setGuideProgress(entry.key, { step, done: false, at: Date.now() });
  }
  const next = await coachContext(ctx.tabId, ctx.state);
  await showSurface('guide', { tabId: ctx.tabId, frameId: 0 }, next, kind !== 'start');
}
