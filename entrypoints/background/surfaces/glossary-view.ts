import { t } from '../../../utils/i18n';
import type { GlossaryEntry, GlossaryView } from '../../../utils/surfaces/surface-views';
import type { CoachContext } from './coach-context';

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

// Only colours with enough contrast on white and on dark pages (the text keeps its own colour).
const HIGHLIGHT_CSS: Record<CoachContext['settings']['glossaryStyle'], string> = {
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

/** How marked words look: a user stylesheet, so the page gets no element of ours for it. */
export const glossaryCss = (ctx: CoachContext): string => HIGHLIGHT_CSS[ctx.settings.glossaryStyle];
export const allGlossaryCss = (): string[] => Object.values(HIGHLIGHT_CSS);
