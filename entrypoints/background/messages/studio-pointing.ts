import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import { validatePack } from '../../../utils/packs/pack-loader';
import type { Pack } from '../../../utils/packs/pack-schema';
import { studioPointingItem, studioTrialItem, tabStatesItem } from '../../../utils/storage/session-items';
import { looksPersonal, personalInAnchor } from '../../../utils/studio/personal-text';
import {
  type Picked,
  type PickedPlace,
  type PointAnswer,
  pickedSchema,
  pointRequestSchema,
} from '../../../utils/studio/pointing';
import { addPicked, setPointing, setTrial, takePicked } from '../state/studio-pointing-writes';
import { refreshTab } from './detection';
import { pageSender, self, tabSender } from './guards';

type Sender = Browser.runtime.MessageSender;

/** The studio's own tab, when the message comes from the studio page (not another page of Déclic's). */
const studioTab = (sender: Sender): number | null =>
  pageSender(sender, self()) &&
  sender.url?.startsWith(browser.runtime.getURL('/studio.html')) &&
  typeof sender.tab?.id === 'number'
    ? sender.tab.id
    : null;

/**
 * The tab the mentor last used with one of these tools open (any tool when none is named): pointing and
 * trying happen there. Its title tells the studio where to look.
 */
async function toolTab(tools: readonly string[], besides: number) {
  const states = await tabStatesItem.getValue();
  const ids = Object.entries(states)
    .filter(([id, state]) => Number(id) !== besides && (!tools.length || tools.includes(state.toolId)))
    .map(([id]) => Number(id));
  const tabs = await Promise.all(ids.map((id) => browser.tabs.get(id).catch(() => null)));
  const [tab] = tabs
    .flatMap((t) => (t?.id === undefined ? [] : [t]))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (!tab?.id) return null;
  return { tabId: tab.id, windowId: tab.windowId, title: tab.title ?? '', toolId: states[tab.id]?.toolId ?? '' };
}

/** Brings a tab to the front of its window, and its window to the front. */
async function showTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true }).catch(() => null);
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
}

export async function onStudioPoint(data: unknown, sender: Sender): Promise<PointAnswer> {
  const from = studioTab(sender);
  const request = pointRequestSchema.safeParse(data);
  if (from === null || !request.success) return { ok: false };
  const tab = await toolTab(request.data.toolId ? [request.data.toolId] : [], from);
  if (!tab) return { ok: false };
  const { tabId, title, toolId } = tab;
  await setPointing({ ...request.data, tabId, title, studioTabId: from, toolId, recorded: 0 });
  await showTab(tab.tabId);
  await refreshTab(tab.tabId);
  return { ok: true, title: tab.title };
}

/** A place's anchor or its sentence with text that looks personal (an address typed in a name…). */
const personalIn = ({ anchor, sentence }: Picked): boolean =>
  personalInAnchor(anchor) !== null || looksPersonal(sentence.fr) || looksPersonal(sentence.en);

/** The picker in the pointing tab chose a place; a text that looks personal is refused again here. */
export async function onStudioPicked(data: unknown, sender: Sender): Promise<boolean> {
  const from = tabSender(sender, self());
  const picked = pickedSchema.safeParse(data);
  const pointing = await studioPointingItem.getValue();
  if (!from || !picked.success || pointing?.tabId !== from.tabId || personalIn(picked.data)) return false;
  const now = await addPicked(picked.data);
  if (!now) await showTab(pointing.studioTabId);
  await refreshTab(from.tabId);
  return true;
}

/** Esc or « Terminer » in the page, or « Arrêter » in the studio: pointing ends, the studio comes back. */
export async function onStudioStop(sender: Sender): Promise<void> {
  const pointing = await studioPointingItem.getValue();
  const from = tabSender(sender, self());
  if (!pointing || (from ? from.tabId !== pointing.tabId : studioTab(sender) === null)) return;
  await setPointing(null);
  if (from) await showTab(pointing.studioTabId);
  await refreshTab(pointing.tabId);
}

export const onStudioTakePicked = (sender: Sender): Promise<PickedPlace[]> =>
  studioTab(sender) === null ? Promise.resolve([]) : takePicked();

const trySchema = z.strictObject({ pack: z.unknown(), lang: z.enum(['fr', 'en']) });

/** The tools a pack speaks of: a trial goes to a tab with one of them. */
const toolsOf = (pack: Pack): string[] => [
  ...new Set([...pack.tips.map((tip) => tip.tool), ...(pack.guides ?? []).map((guide) => guide.tool)]),
];

/** « Essayer sur cette page »: the draft's pack, checked by the loader, shown in the tool's tab. */
export async function onStudioTry(data: unknown, sender: Sender): Promise<PointAnswer> {
  const from = studioTab(sender);
  const request = trySchema.safeParse(data);
  if (from === null || !request.success) return { ok: false };
  const checked = validatePack(request.data.pack, request.data.lang);
  if (!checked.ok) return { ok: false, refused: true };
  const tab = await toolTab(toolsOf(checked.pack), from);
  if (!tab) return { ok: false };
  await setTrial({ tabId: tab.tabId, title: tab.title, studioTabId: from, pack: checked.pack });
  await showTab(tab.tabId);
  await refreshTab(tab.tabId);
  return { ok: true, title: tab.title };
}

export async function onStudioEndTrial(sender: Sender): Promise<void> {
  const trial = await studioTrialItem.getValue();
  if (!trial || studioTab(sender) === null) return;
  await setTrial(null);
  await refreshTab(trial.tabId);
}

/**
 * Pointing or a trial that leaves a tab (moved to another, stopped, or ended with the studio's
 * tab): that tab is refreshed, so its picker stops taking the page's clicks and the draft goes.
 */
export function refreshTabsLeft(): void {
  const left = (now: { tabId: number } | null, before: { tabId: number } | null) => {
    if (before && before.tabId !== now?.tabId) void refreshTab(before.tabId);
  };
  studioPointingItem.watch(left);
  studioTrialItem.watch(left);
}
