import { browser } from 'wxt/browser';
import { tipsForTool } from '../../utils/coach-tips';
import { resolveLang, t } from '../../utils/i18n';
import { type CoachState, hiddenState, sendMessage } from '../../utils/messaging';
import { installedPacks } from '../../utils/packs/builtin-packs';
import { getSettings, type Settings } from '../../utils/storage-items';
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
  const settings = await getSettings();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const show = coachVisible(settings, state.site);
  const base = { ...hiddenState, toolId: state.toolId, contextId: state.contextId, lang };
  if (!show) return base;
  return {
    ...base,
    show,
    labels: {
      launcher: t(lang, 'coach.launcher', { tool: tool.names[lang] }),
      launcherShort: t(lang, 'coach.launcher-short'),
    },
    tips: tipsForTool(await installedPacks(), state.toolId, state.contextId, settings.level),
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
export async function injectGlossary(tabId: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.insertCSS({ target, css: GLOSSARY_CSS }).catch(() => undefined);
  await browser.scripting.executeScript({ target, files: ['/content-scripts/glossary.js'] }).catch(() => undefined);
}

const GLOSSARY_CSS = `::highlight(declic-term) {
  text-decoration: underline dotted 2px #1d4ed8;
  text-underline-offset: 3px;
  background-color: rgb(29 78 216 / 0.08);
}`;

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
