import { type Browser, browser } from 'wxt/browser';
import { associationSites } from '../../utils/association';
import { resolveLang, t } from '../../utils/i18n';
import type { BeaconView, CoachState, GlossaryView } from '../../utils/messaging';
import { getEffectiveSettings, readPolicy } from '../../utils/policy/managed';
import { siteOf, tipStatesItem } from '../../utils/storage-items';
import { getTabState, setTabState } from '../../utils/tab-state';
import { coachStateFor, coachVisible, injectBeacons, injectGlossary, injectPanel } from './coach-loader';
import { glossaryFor } from './glossary-terms';
import { detectionReportSchema, tabSender } from './message-guards';

/**
 * What content scripts may ask, and nothing more: report what they see, load our own panel or
 * glossary file into their own tab, read the glossary for their tab, open our options page. None of these takes a URL, so a page can
 * never make Déclic fetch or open an address of its choosing.
 */
type Sender = Browser.runtime.MessageSender;

export async function onReportDetection(data: unknown, sender: Sender): Promise<CoachState> {
  const from = tabSender(sender, browser.runtime.id);
  const report = detectionReportSchema.safeParse(data);
  const site = from && siteOf(from.url);
  if (!from || !report.success || !site) return coachStateFor(null);
  const { contextId } = report.data;
  // The association said which tool runs on its own site: used when the page's markers are not
  // enough (a customised theme, an unusual version).
  const toolId = report.data.toolId ?? (await expectedToolFor(site));
  const state = toolId ? { toolId, contextId, site } : null;
  await setTabState(from.tabId, state);
  return coachStateFor(state);
}

/** The tool the association names for one of its sites (policy first, then its build), if any. */
async function expectedToolFor(site: string): Promise<string | null> {
  const [{ policy }, built] = await Promise.all([readPolicy(), associationSites()]);
  const sites = [...(policy.sites ?? []), ...built];
  return sites.find((entry) => entry.origin.replace(/\/$/, '') === site)?.tool ?? null;
}

export async function onOpenPanel(sender: Sender): Promise<void> {
  const from = tabSender(sender, browser.runtime.id);
  if (from) await injectPanel(from.tabId);
}

export async function onLoadGlossary(sender: Sender): Promise<void> {
  const from = tabSender(sender, browser.runtime.id);
  if (!from) return;
  // Only the settings decide; no need to build the whole coach state (tips) for that.
  const [state, settings] = await Promise.all([getTabState(from.tabId), getEffectiveSettings()]);
  if (state && settings.glossary && coachVisible(settings, state.site)) {
    await injectGlossary(from.tabId, settings.glossaryStyle);
  }
}

export async function onLoadBeacons(sender: Sender): Promise<void> {
  const from = tabSender(sender, browser.runtime.id);
  if (from) await injectBeacons(from.tabId);
}

export async function onGetGlossary(sender: Sender): Promise<GlossaryView> {
  const from = tabSender(sender, browser.runtime.id);
  const state = from ? await getTabState(from.tabId) : null;
  const lang = resolveLang((await getEffectiveSettings()).language, browser.i18n.getUILanguage());
  return {
    entries: state ? await glossaryFor(state) : [],
    lang,
    labels: { know: t(lang, 'glossary.know'), close: t(lang, 'glossary.close'), example: t(lang, 'glossary.example') },
  };
}

/** Anchored tips of the tab, minus those the user understood or hid. */
export async function onGetBeacons(sender: Sender): Promise<BeaconView> {
  const from = tabSender(sender, browser.runtime.id);
  const state = from ? await coachStateFor(await getTabState(from.tabId)) : null;
  const lang = state?.lang ?? 'en';
  const done = await tipStatesItem.getValue();
  return {
    lang,
    labels: { gotIt: t(lang, 'coach.tip.got-it'), hide: t(lang, 'coach.tip.hide'), close: t(lang, 'glossary.close') },
    tips: (state?.show ? state.tips : []).flatMap(({ key, tip }) =>
      tip.anchor && !done[key]
        ? [
            {
              key,
              title: tip.title[lang],
              body: tip.body[lang],
              anchor: tip.anchor,
              beaconLabel: t(lang, 'beacon.label', { title: tip.title[lang] }),
            },
          ]
        : [],
    ),
  };
}

export async function onOpenOptions(sender: Sender): Promise<void> {
  if (tabSender(sender, browser.runtime.id)) await browser.runtime.openOptionsPage();
}
