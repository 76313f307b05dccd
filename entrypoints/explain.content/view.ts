import { buildMatcher } from '../../utils/glossary/term-matcher';
import { type Lang, t } from '../../utils/i18n';
import type { Pack } from '../../utils/packs/pack-schema';
import type { CardLabels, GlossaryEntry } from '../../utils/surfaces/surface-views';
import type { CoachContext } from '../background/surfaces/coach-context';

/** What "Explain with Déclic" found for a selection (entry null: not in the glossary yet). */
export interface ExplainView {
  lang: Lang;
  text: string;
  entry: GlossaryEntry | null;
  labels: CardLabels & { notFound: string; notFoundHint: string };
}

/** Longer selections are cut: a word or a short phrase is what "Explain" is for. */
export const MAX_SELECTION = 120;

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

/** The card for one "Explain with Déclic" click on `selection`. */
export function explainView(ctx: CoachContext, selection: string): ExplainView {
  const { lang } = ctx;
  const text = selection.trim().slice(0, MAX_SELECTION);
  return {
    lang,
    text,
    entry: findExplanation(text, ctx.packs, lang, ctx.state?.toolId ?? null),
    labels: {
      know: t(lang, 'glossary.know'),
      close: t(lang, 'glossary.close'),
      example: t(lang, 'glossary.example'),
      notFound: t(lang, 'explain.not-found', { text }),
      notFoundHint: t(lang, 'explain.not-found-hint'),
    },
  };
}
