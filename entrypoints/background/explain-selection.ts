import { type Browser, browser } from 'wxt/browser';
import { resolveLang, t } from '../../utils/i18n';
import { serial } from '../../utils/serial';
import { tabStatesItem } from '../../utils/storage/session-items';
import { settingsNow } from './state/policy-cache';
import { coachContext } from './surfaces/coach-context';
import { showSurface } from './surfaces/sync-surfaces';

/**
 * "Explain with Déclic": the context-menu entry on selected text, on any page. The click grants
 * activeTab, so the explanation card can be drawn even on a site Déclic does not coach.
 */
export const EXPLAIN_MENU_ID = 'declic-explain';

const menuQueue = serial();

/**
 * Created at every start of the background (Firefox forgets menus; Chrome keeps them), and
 * worded again when the language changes. One at a time: two overlapping rebuilds would race.
 */
export function syncExplainMenu(): Promise<void> {
  return menuQueue(async () => {
    const lang = resolveLang((await settingsNow()).settings.language, browser.i18n.getUILanguage());
    await browser.contextMenus.removeAll();
    await new Promise<void>((resolve) => {
      browser.contextMenus.create(
        { id: EXPLAIN_MENU_ID, title: t(lang, 'explain.menu'), contexts: ['selection'] },
        () => resolve(),
      );
    });
  });
}

/** The explain card goes to the frame of the selection; nothing of the selection is kept afterwards. */
export async function onExplainClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== EXPLAIN_MENU_ID || typeof tab?.id !== 'number' || tab.id < 0) return;
  const state = (await tabStatesItem.getValue())[tab.id] ?? null;
  const ctx = await coachContext(tab.id, state);
  const target = { tabId: tab.id, frameId: info.frameId ?? 0 };
  await showSurface('explain', target, { ...ctx, selection: info.selectionText ?? '' }, false);
}
