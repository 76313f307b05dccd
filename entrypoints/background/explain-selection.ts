import { type Browser, browser } from 'wxt/browser';
import { buildMatcher } from '../../utils/glossary/term-matcher';
import { type Lang, resolveLang, t } from '../../utils/i18n';
import type { Explanation, GlossaryEntry } from '../../utils/messaging';
import { installedPacks } from '../../utils/packs/builtin-packs';
import type { Pack } from '../../utils/packs/pack-schema';
import { getEffectiveSettings } from '../../utils/policy/managed';
import { serial } from '../../utils/serial';
import { getTabState } from '../../utils/tab-state';

/**
 * "Explain with Déclic": the context-menu entry on selected text, on any page. The click grants
 * activeTab, so the explanation card can be drawn even on a site Déclic does not coach.
 */
export const EXPLAIN_MENU_ID = 'declic-explain';
const MAX_SELECTION = 120;

const menuQueue = serial();

/**
 * Created at every start of the background (Firefox forgets menus; Chrome keeps them), and
 * worded again when the language changes. One at a time: two overlapping rebuilds would race.
 */
export function syncExplainMenu(): Promise<void> {
  return menuQueue(async () => {
    const lang = resolveLang((await getEffectiveSettings()).language, browser.i18n.getUILanguage());
    await browser.contextMenus.removeAll();
    await new Promise<void>((resolve) => {
      browser.contextMenus.create(
        { id: EXPLAIN_MENU_ID, title: t(lang, 'explain.menu'), contexts: ['selection'] },
        () => resolve(),
      );
    });
  });
}

/**
 * The term a selection is about: one whose word covers the whole selection first ("pièces
 * jointes" → pièce jointe), else the first term found inside it ("mettre en Cci" → Cci). Terms
 * scoped to the tool of this tab come first; the words the user said they know are still
 * explained, since they asked.
 */
export function findExplanation(
  selection: string,
  packs: readonly { pack: Pack; enabled: boolean }[],
  lang: Lang,
  tool: string | null,
): GlossaryEntry | null {
  const text = selection.trim().slice(0, MAX_SELECTION);
  if (!text) return null;
  const entries = new Map<string, GlossaryEntry>();
  // This tool's words, then everyday words, then other tools' words (still worth explaining).
  const [here, everywhere, elsewhere] = [[], [], []] as { id: string; forms: string[] }[][];
  for (const { pack, enabled } of packs) {
    if (!enabled) continue;
    for (const term of pack.glossary ?? []) {
      const list = !term.tools ? everywhere : tool && term.tools.includes(tool) ? here : elsewhere;
      list?.push(toMatchable(pack.id, term));
      entries.set(`${pack.id}/${term.id}`, {
        key: `${pack.id}/${term.id}`,
        forms: [],
        term: term.term[lang],
        definition: term.definition[lang],
        example: term.example?.[lang],
      });
    }
  }
  const matches = buildMatcher([...(here ?? []), ...(everywhere ?? []), ...(elsewhere ?? [])]).find(text);
  const whole = (m: { start: number; end: number }) =>
    !/[\p{L}\p{N}]/u.test(text.slice(0, m.start) + text.slice(m.end));
  const best = matches.find(whole) ?? matches[0];
  return best ? (entries.get(best.termId) ?? null) : null;
}

const toMatchable = (packId: string, term: NonNullable<Pack['glossary']>[number]) => ({
  id: `${packId}/${term.id}`,
  forms: [term.term.fr, term.term.en, ...(term.variants?.fr ?? []), ...(term.variants?.en ?? [])],
});

/** The explanation waiting for the script just injected into a tab's frame. */
const pending = new Map<string, Explanation>();
const slot = (tabId: number, frameId: number) => `${tabId}/${frameId}`;

export async function onExplainClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== EXPLAIN_MENU_ID || typeof tab?.id !== 'number' || tab.id < 0) return;
  const frameId = info.frameId ?? 0;
  const [settings, packs, state] = await Promise.all([getEffectiveSettings(), installedPacks(), getTabState(tab.id)]);
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const text = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION);
  pending.set(slot(tab.id, frameId), {
    lang,
    text,
    entry: findExplanation(text, packs, lang, state?.toolId ?? null),
    labels: explainLabels(lang, text),
  });
  await browser.scripting
    .executeScript({ target: { tabId: tab.id, frameIds: [frameId] }, files: ['/content-scripts/explain.js'] })
    // A page no extension may touch (the browser's own pages, the web store): nothing to draw on.
    .catch(() => pending.delete(slot(tab.id as number, frameId)));
}

function explainLabels(lang: Lang, text: string): Explanation['labels'] {
  return {
    know: t(lang, 'glossary.know'),
    close: t(lang, 'glossary.close'),
    example: t(lang, 'glossary.example'),
    notFound: t(lang, 'explain.not-found', { text }),
    notFoundHint: t(lang, 'explain.not-found-hint'),
  };
}

/** Read once by the script injected for that click; nothing is kept afterwards. */
export function onGetExplanation(sender: Browser.runtime.MessageSender): Explanation | null {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || typeof tabId !== 'number') return null;
  const key = slot(tabId, sender.frameId ?? 0);
  const explanation = pending.get(key) ?? null;
  pending.delete(key);
  return explanation;
}
