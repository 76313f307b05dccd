import { describe, expect, it } from 'vitest';
import fr from '../../../locales/fr.json';
import { assembleBuiltinPack, BUILTIN_PACKS } from '../../../scripts/builtin-pack';
import { messageOf } from '../../../utils/i18n';
import type { Pack } from '../../../utils/packs/pack-schema';
import { competenceIds } from '../../../utils/studio/competences';
import { LONG_SENTENCES } from './long-sentences';
import {
  FRENCH_SPELLINGS,
  isHomePage,
  MAX_SENTENCE_WORDS,
  MAX_STEP_SENTENCES,
  MAX_STEP_WORDS,
  MAX_TIP_WORDS,
  sentences,
  typographyProblems,
  WORDS_TO_EXPLAIN,
  words,
} from './text-rules';

const packs: Pack[] = BUILTIN_PACKS.map(({ source }) => {
  const built = assembleBuiltinPack(source);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return built.pack;
});

type Text = { where: string; lang: 'fr' | 'en'; text: string };

/** Every text a volunteer reads in the built-in packs, with where it is (anchors are the page's words). */
function packTexts(): Text[] {
  const out: Text[] = [];
  const walk = (value: unknown, where: string) => {
    // Items are named by their id (a tip, a word, a guide): the writer finds them at once.
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${where} ${(v as { id?: string })?.id ?? `#${i + 1}`}`);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      // Anchors and variants are the pages' own words (what Déclic looks for), not Déclic's text.
      if (key === 'anchor' || key === 'variants' || key === 'url' || key === 'id') continue;
      if ((key === 'fr' || key === 'en') && typeof v === 'string') out.push({ where, lang: key, text: v });
      else if ((key === 'fr' || key === 'en') && Array.isArray(v))
        for (const t of v) out.push({ where, lang: key, text: String(t) });
      else walk(v, `${where}.${key}`);
    }
  };
  for (const pack of packs) walk(pack, pack.id);
  return out;
}
const uiTexts = (): Text[] =>
  Object.entries(fr).map(([key, entry]) => ({ where: `ui ${key}`, lang: 'fr' as const, text: messageOf(entry) }));

describe('the text check: Déclic’s own words are short, plain and well typeset', () => {
  const all = [...packTexts(), ...uiTexts()];

  it(`keeps sentences to ${MAX_SENTENCE_WORDS} words, except the few listed with a reason`, () => {
    const long = all.flatMap(({ where, text }) =>
      sentences(text)
        .filter((s) => words(s).length > MAX_SENTENCE_WORDS && !LONG_SENTENCES.some((l) => s.startsWith(l.starts)))
        .map((s) => `${where}: ${s}`),
    );
    expect(long).toEqual([]);
    expect(LONG_SENTENCES.every((l) => l.why.length > 10)).toBe(true);
  });

  it(`keeps each tip to ${MAX_TIP_WORDS} words, and each guide step to one idea`, () => {
    const tips = packs.flatMap((p) => p.tips.flatMap((t) => (['fr', 'en'] as const).map((l) => [t.id, t.body[l]])));
    expect(tips.filter(([, body]) => words(body ?? '').length > MAX_TIP_WORDS)).toEqual([]);
    const steps = packs.flatMap((p) =>
      (p.guides ?? []).flatMap((g) =>
        g.steps.flatMap((s, i) => (['fr', 'en'] as const).map((l) => [`${g.id}#${i + 1}`, s.text[l] ?? ''])),
      ),
    );
    const crowded = steps.filter(
      ([, t = '']) => sentences(t).length > MAX_STEP_SENTENCES || words(t).length > MAX_STEP_WORDS,
    );
    expect(crowded).toEqual([]);
  });

  it('writes French with French typography: ’, and a narrow space before ; : ! ? and inside « »', () => {
    const wrong = all
      .filter((t) => t.lang === 'fr')
      .flatMap((t) => typographyProblems(t.text).map((p) => `${t.where}: ${p}: ${t.text}`));
    expect(wrong).toEqual([]);
  });

  // A practice space's copies of a tool's own labels (Roundcube's « Courriel ») are the tool's words.
  const own = all.filter((t) => !/^ui practice\.[a-z-]+\.ui\./.test(t.where));
  it.each(FRENCH_SPELLINGS)('spells one word one way in French: $right', ({ wrong }) => {
    expect(own.filter((t) => t.lang === 'fr' && wrong.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it('explains, in a word shown on every tool, each word Déclic uses that a volunteer may not know', () => {
    const everywhere = packs.flatMap((p) => (p.glossary ?? []).filter((w) => !w.tools));
    const explained = (word: string) =>
      everywhere.some((w) =>
        [w.term.fr, ...(w.variants?.fr ?? [])].some((t) => t?.toLowerCase() === word.toLowerCase()),
      );
    expect(WORDS_TO_EXPLAIN.filter((w) => !explained(w))).toEqual([]);
  });

  it('tags each tip with a real competence, the same one for the same action on every tool', () => {
    const tips = packs.flatMap((p) => p.tips);
    expect(tips.filter((t) => t.competence && !competenceIds.includes(t.competence)).map((t) => t.id)).toEqual([]);
    const byAction = new Map<string, Set<string>>();
    for (const tip of tips) {
      const action = tip.id.startsWith(`${tip.tool}-`) ? tip.id.slice(tip.tool.length + 1) : tip.id;
      byAction.set(action, (byAction.get(action) ?? new Set()).add(tip.competence ?? '-'));
    }
    expect(
      [...byAction].filter(([, tags]) => tags.size > 1).map(([action, tags]) => `${action}: ${[...tags]}`),
    ).toEqual([]);
  });

  it('links each tip to the help article itself, not to a help centre’s home page', () => {
    const links = packs.flatMap((p) => p.tips.flatMap((t) => (t.links ?? []).map((l) => [t.id, l.url])));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter(([, url]) => isHomePage(url ?? ''))).toEqual([]);
  });
});
