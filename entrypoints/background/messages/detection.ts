import { type Browser, browser } from 'wxt/browser';
import { associationSites } from '../../../utils/association/association-config';
import { siteOf } from '../../../utils/coach/site-of';
import { sendMessage } from '../../../utils/messaging/protocol';
import type { Policy } from '../../../utils/policy/policy-schema';
import { serial } from '../../../utils/serial';
import { coachSidesItem } from '../../../utils/storage/local-items';
import { tabChecksItem, tabStatesItem } from '../../../utils/storage/session-items';
import type { LauncherView } from '../../../utils/surfaces/surface-views';
import { launcherView } from '../../detector.content/view';
import { runningGuide } from '../../guide.content/view';
import { settingsNow } from '../state/policy-cache';
import { setPointing } from '../state/studio-pointing-writes';
import { setGuideSession, setTabCheck, setTabState } from '../state/tab-writes';
import { coachBasics, coachContext } from '../surfaces/coach-context';
import { syncSurfaces } from '../surfaces/sync-surfaces';
import type { SurfaceId } from '../surfaces/table';
import { detectionReportSchema, self, tabSender } from './guards';

/** How long after a step done on the page its new page may still come (a slow server). */
const CARRY_MS = 20_000;

/** One sync at a time per tab: a quick second report waits for the first to finish. */
const queues = new Map<number, ReturnType<typeof serial>>();
const queueOf = (tabId: number) => queues.get(tabId) ?? queues.set(tabId, serial()).get(tabId);
export const forgetTabQueue = (tabId: number) => {
  queues.delete(tabId);
  latest.delete(tabId);
};

/**
 * A detector's report: what tool (and context) it sees, and which surfaces already run in its
 * page. The background records it, answers with the launcher's view at once, then loads and
 * feeds the surfaces that apply (glossary, beacons, a running guide) without being asked.
 */
/** The latest report of each tab: an older one still being handled must not overwrite it. */
const latest = new Map<number, number>();
let reports = 0;

export async function handleReport(data: unknown, tabId: number, site: string | null): Promise<LauncherView> {
  const report = detectionReportSchema.safeParse(data);
  const mine = ++reports;
  latest.set(tabId, mine);
  const [effective, sides] = await Promise.all([settingsNow(), coachSidesItem.getValue()]);
  const toolId =
    report.success && site ? (report.data.toolId ?? (await expectedToolFor(site, effective.policy))) : null;
  const state = toolId && site && report.success ? { toolId, contextId: report.data.contextId, site } : null;
  if (latest.get(tabId) !== mine) return launcherView(coachBasics(tabId, state, effective), sides);
  await setTabState(tabId, state, !report.success || report.data.first);
  const loaded = (report.success ? report.data.loaded : []) as SurfaceId[];
  // The launcher is answered now; the other surfaces (which need the packs) follow in order.
  void queueOf(tabId)?.(async () => {
    let ctx = await coachContext(tabId, state, effective);
    // A guide runs on the pages of its tool: another tool ends it, and so does a new page, unless
    // the step the volunteer just did on the page opened it ("Pages", "Compose"): it goes on there.
    const acted = Date.now() - (ctx.guideSession?.actedAt ?? 0) < CARRY_MS;
    if (ctx.guideSession && (!report.success || (report.data.first && !acted) || !runningGuide(ctx))) {
      await setGuideSession(tabId, null);
      ctx = { ...ctx, guideSession: null };
    }
    // Pointing stays on its tool's pages: another tool in that tab ends it (a page where none is
    // found yet, still loading or a sign-in, does not: the recording goes on when the tool is back).
    if (ctx.pointing && state && state.toolId !== ctx.pointing.toolId) {
      await setPointing(null);
      ctx = { ...ctx, pointing: null };
    }
    const surfaces = await syncSurfaces(ctx, loaded);
    const { contextId = null } = state ?? {};
    await setTabCheck(tabId, {
      site,
      toolId: state?.toolId ?? null,
      contextId,
      shown: ctx.show,
      surfaces,
      at: Date.now(),
    });
  });
  return launcherView(coachBasics(tabId, state, effective), sides);
}

export async function onReportDetection(data: unknown, sender: Browser.runtime.MessageSender): Promise<LauncherView> {
  const from = tabSender(sender, self());
  if (!from) return launcherView(coachBasics(-1, null, await settingsNow()));
  return handleReport(data, from.tabId, siteOf(from.url));
}

/**
 * The tool the association names for one of its sites (policy first, then its build), used when
 * the page's markers are not enough (a customised theme, an unusual version).
 */
async function expectedToolFor(site: string, policy: Policy): Promise<string | null> {
  const sites = [...(policy.sites ?? []), ...(await associationSites())];
  return sites.find((entry) => entry.origin.replace(/\/$/, '') === site)?.tool ?? null;
}

/**
 * Settings, packs, progress or the policy changed: each checked tab's detector is asked for a
 * fresh report (it knows which surfaces run in its page), and every surface gets its new view.
 * Silent tabs too: a policy read late (see policy-cache.ts) can name the site's tool.
 */
export async function refreshTab(tabId: number): Promise<void> {
  const report = await sendMessage('recheck', undefined, { tabId, frameId: 0 }).catch(() => null);
  if (!report) return;
  // The tab's address now (it may have moved on), else the one its last report came from.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const stored = (await tabChecksItem.getValue())[tabId]?.site ?? (await tabStatesItem.getValue())[tabId]?.site;
  const site = tab?.url ? siteOf(tab.url) : (stored ?? null);
  const launcher = await handleReport(report, tabId, site);
  await sendMessage('pushView', { surface: 'launcher', view: launcher }, { tabId, frameId: 0 }).catch(() => undefined);
}

export async function refreshAllTabs(): Promise<void> {
  const [states, checks] = await Promise.all([tabStatesItem.getValue(), tabChecksItem.getValue()]);
  const tabIds = new Set([...Object.keys(states), ...Object.keys(checks)].map(Number));
  for (const tabId of latest.keys()) tabIds.add(tabId);
  await Promise.all([...tabIds].map(refreshTab));
}
