import { highlightCss } from '../../utils/glossary/highlight-styles';
import type { Lang } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import type { CardLabels, GlossaryEntry } from '../../utils/surfaces/surface-views';
import type { CoachContext } from '../background/surfaces/coach-context';

export interface GlossaryView {
  entries: GlossaryEntry[];
  lang: Lang;
  labels: CardLabels;
}

/**
 * The glossary for one tab: terms from every enabled pack, scoped to the tool and context the
 * volunteer is in ("Étiquette" means something in Gmail, not everywhere), minus the words they
 * said they know. The first pack in the volunteer's order wins a word.
 */
export function glossaryEntries(ctx: CoachContext): GlossaryEntry[] {
  const { state, lang } = ctx;
  if (!state || !ctx.settings.glossary) return [];
  const scopedEntries: GlossaryEntry[] = [];
  const everywhere: GlossaryEntry[] = [];
  for (const { pack, enabled } of ctx.packs) {
    if (!enabled) continue;
    for (const term of pack.glossary ?? []) {
      const key = `${pack.id}/${term.id}`;
      if (ctx.knownTerms[key]) continue;
      if (term.tools && !term.tools.includes(state.toolId)) continue;
      if (term.contexts && !(state.contextId && term.contexts.includes(state.contextId))) continue;
      // Scoped terms first: on WordPress, "extension" is the WordPress plugin, not the browser's.
      (term.tools ? scopedEntries : everywhere).push({
        key,
        // The page may be in the other language (an English Gmail for a French volunteer):
        // both languages' words are looked for; the explanation is in the volunteer's language.
        forms: [term.term.fr, term.term.en, ...(term.variants?.fr ?? []), ...(term.variants?.en ?? [])],
        term: term.term[lang],
        definition: term.definition[lang],
        example: term.example?.[lang],
      });
    }
  }
  return [...scopedEntries, ...everywhere];
}

export function glossaryView(ctx: CoachContext): GlossaryView {
  const { lang } = ctx;
  return {
    entries: glossaryEntries(ctx),
    lang,
    labels: { know: t(lang, 'glossary.know'), close: t(lang, 'glossary.close'), example: t(lang, 'glossary.example') },
  };
}

/** How marked words look: a user stylesheet, so the page gets no element of ours for it. */
export const glossaryCss = (ctx: CoachContext): string => highlightCss(ctx.settings);
