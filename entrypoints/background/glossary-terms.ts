import { browser } from 'wxt/browser';
import { resolveLang } from '../../utils/i18n';
import type { GlossaryEntry } from '../../utils/messaging';
import { installedPacks } from '../../utils/packs/builtin-packs';
import { getEffectiveSettings } from '../../utils/policy/managed';
import { knownTermsItem } from '../../utils/storage-items';
import type { TabState } from '../../utils/tab-state';

/**
 * The glossary for one tab: terms from every enabled pack, scoped to the tool and context
 * the user is in ("Étiquette" means something in Gmail, not everywhere), minus the words the
 * user said they know. The first pack in the user's order wins a word.
 */
export async function glossaryFor(state: TabState): Promise<GlossaryEntry[]> {
  const [settings, known, packs] = await Promise.all([
    getEffectiveSettings(),
    knownTermsItem.getValue(),
    installedPacks(),
  ]);
  if (!settings.glossary) return [];
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const scopedEntries: GlossaryEntry[] = [];
  const everywhere: GlossaryEntry[] = [];
  for (const { pack, enabled } of packs) {
    if (!enabled) continue;
    for (const term of pack.glossary ?? []) {
      const key = `${pack.id}/${term.id}`;
      if (known[key]) continue;
      if (term.tools && !term.tools.includes(state.toolId)) continue;
      if (term.contexts && !(state.contextId && term.contexts.includes(state.contextId))) continue;
      // Scoped terms first: on WordPress, "extension" is the WordPress plugin, not the browser's.
      (term.tools ? scopedEntries : everywhere).push({
        key,
        // The page may be in the other language (an English Gmail for a French volunteer):
        // both languages' words are looked for; the explanation is in the user's language.
        forms: [term.term.fr, term.term.en, ...(term.variants?.fr ?? []), ...(term.variants?.en ?? [])],
        term: term.term[lang],
        definition: term.definition[lang],
        example: term.example?.[lang],
      });
    }
  }
  return [...scopedEntries, ...everywhere];
}
