import { browser } from 'wxt/browser';
import { guidesForTool, learnMoreFor, tipsForTool } from '../../utils/coach-tips';
import { resolveLang, t } from '../../utils/i18n';
import { type CoachState, hiddenState, sendMessage } from '../../utils/messaging';
import { installedPacks } from '../../utils/packs/builtin-packs';
import { categoryOff, readEffective } from '../../utils/policy/managed';
import { type GlossaryStyle, glossaryStyles, type Settings } from '../../utils/storage-items';
import { type TabState, tabStatesItem } from '../../utils/tab-state';
import { toolById } from '../../utils/tools/registry';

/** Whether the coach shows on a site: on everywhere, and not turned off for that site. */
export function coachVisible(settings: Settings, site: string): boolean {
  return settings.coachEnabled && !settings.disabledSites.includes(site);
}

/** What the coach in a tab should show, given what was detected there and the settings. */
export async function coachStateFor(state: TabState | null): Promise<CoachState> {
  const tool = state && toolById(state.toolId);
  if (!state || !tool) return hiddenState;
  const { settings, policy } = await readEffective();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  // The association may turn the coach off for a kind of tool (meetings, design…).
  const show = coachVisible(settings, state.site) && !categoryOff(policy, tool.category);
  const base = { ...hiddenState, toolId: state.toolId, contextId: state.contextId, lang };
  if (!show) return base;
  return {
    ...base,
    show,
    labels: {
      launcher: t(lang, 'coach.launcher', { tool: tool.names[lang] }),
      launcherShort: t(lang, 'coach.launcher-short'),
    },
    ...(await installedPacks().then((packs) => ({
      tips: tipsForTool(packs, state.toolId, state.contextId, settings.level),
      guides: guidesForTool(packs, state.toolId, state.contextId),
      learnMore: learnMoreFor(packs, state.toolId),
    }))),
    glossary: settings.glossary,
  };
}

/** Loads the panel (React) into a tab's top frame, only when the user opened the launcher. */
export async function injectPanel(tabId: number): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/coach.js'] })
    // The tab closed or navigated away meanwhile: nothing to coach.
    .catch(() => undefined);
}

/** Loads the glossary marker, and its highlight style as a user stylesheet (not a page element). */
export async function injectGlossary(tabId: number, style: GlossaryStyle): Promise<void> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.insertCSS({ target, css: GLOSSARY_CSS[style] }).catch(() => undefined);
  await browser.scripting.executeScript({ target, files: ['/content-scripts/glossary.js'] }).catch(() => undefined);
}

/** Loads the beacons of anchored tips (guarded inside: a second injection does nothing). */
export async function injectBeacons(tabId: number): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/beacons.js'] })
    .catch(() => undefined);
}

/** The user changed how words are marked: the other styles' sheets go, the chosen one comes. */
export async function restyleGlossary(tabId: number, style: GlossaryStyle): Promise<void> {
  const target = { tabId, frameIds: [0] };
  for (const other of glossaryStyles) {
    if (other !== style) await browser.scripting.removeCSS({ target, css: GLOSSARY_CSS[other] }).catch(() => undefined);
  }
  await browser.scripting.insertCSS({ target, css: GLOSSARY_CSS[style] }).catch(() => undefined);
}

// Only colours with enough contrast on white and on dark pages (the text keeps its own colour).
const GLOSSARY_CSS: Record<GlossaryStyle, string> = {
  dotted: `::highlight(declic-term) {
  text-decoration: underline dotted 2px #1d4ed8;
  text-underline-offset: 3px;
  background-color: rgb(29 78 216 / 0.08);
}`,
  tinted: `::highlight(declic-term) {
  background-color: rgb(250 204 21 / 0.45);
  text-decoration: underline solid 1px #92400e;
  text-underline-offset: 3px;
}`,
  bold: `::highlight(declic-term) {
  text-decoration: underline solid 3px #1d4ed8;
  text-underline-offset: 4px;
  background-color: rgb(29 78 216 / 0.14);
}`,
};

/** After a settings change: every tab with a detected tool follows it. */
export async function refreshAllCoaches(): Promise<void> {
  const states = await tabStatesItem.getValue();
  await Promise.all(
    Object.entries(states).map(async ([tabId, state]) =>
      sendMessage('pushCoachState', await coachStateFor(state), { tabId: Number(tabId), frameId: 0 }).catch(
        () => undefined,
      ),
    ),
  );
}

/** Every tab with a coached tool gets the new look of its marks, without reloading. */
export async function restyleAllGlossaries(style: GlossaryStyle): Promise<void> {
  const states = await tabStatesItem.getValue();
  await Promise.all(Object.keys(states).map((tabId) => restyleGlossary(Number(tabId), style)));
}
