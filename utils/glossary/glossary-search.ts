import type { Lang } from '../i18n';
import type { InstalledPack } from '../packs/installed-packs';

/**
 * The search behind the options page's glossary: every term of the enabled packs, found the way
 * a volunteer types. Case, accents, spaces and the kind of apostrophe do not count, and both
 * languages' words are looked at (a French volunteer may search "Bcc" seen in an English Gmail).
 */
export type GlossaryTerm = NonNullable<InstalledPack['pack']['glossary']>[number];

/** Best first: the word itself, a word starting with the query, a word containing it, the definition. */
export type MatchKind = 'exact' | 'start' | 'contains' | 'definition' | 'all';
const RANK: Record<MatchKind, number> = { exact: 0, start: 1, contains: 2, definition: 3, all: 4 };

export interface GlossaryHit {
  /** `packId/termId`, the key of "I know this word". */
  key: string;
  packId: string;
  packName: InstalledPack['pack']['name'];
  term: GlossaryTerm;
  known: boolean;
  match: MatchKind;
}

export interface GlossaryFilter {
  /** Only the terms scoped to this tool id. */
  tool?: string;
}

export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[‘’ʼ´`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A definition as the reader sees it: link labels kept, link addresses and ** markers dropped. */
const plainDefinition = (source: string) => source.replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1').replace(/\*\*/g, '');

function wordMatch(term: GlossaryTerm, query: string): MatchKind | undefined {
  const forms = [term.term.fr, term.term.en, ...(term.variants?.fr ?? []), ...(term.variants?.en ?? [])];
  let best: MatchKind | undefined;
  for (const form of forms) {
    const plain = normaliseForSearch(form);
    if (plain === query) return 'exact';
    if (plain.startsWith(query)) best = 'start';
    else if (best !== 'start' && plain.includes(query)) best = 'contains';
  }
  return best;
}

/** In a definition, the query must start a word: "cci" should not find "accident". */
function definitionMatch(term: GlossaryTerm, query: string, lang: Lang): boolean {
  const text = normaliseForSearch(plainDefinition(term.definition[lang]));
  for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return true;
  }
  return false;
}

/**
 * The matching terms of the enabled packs, best match first, then alphabetically in the user's
 * language. An empty query lists every term. Two packs may explain the same word: both are kept
 * (they are different entries, keyed by pack).
 */
export function searchGlossary(
  packs: readonly InstalledPack[],
  query: string,
  lang: Lang,
  known: Readonly<Record<string, unknown>>,
  filter: GlossaryFilter = {},
): GlossaryHit[] {
  const wanted = normaliseForSearch(query);
  const hits: (GlossaryHit & { order: number })[] = [];
  packs.forEach(({ pack, enabled }, order) => {
    if (!enabled) return;
    for (const term of pack.glossary ?? []) {
      if (filter.tool && !term.tools?.includes(filter.tool)) continue;
      const match: MatchKind | undefined = !wanted
        ? 'all'
        : (wordMatch(term, wanted) ?? (definitionMatch(term, wanted, lang) ? 'definition' : undefined));
      if (!match) continue;
      const key = `${pack.id}/${term.id}`;
      hits.push({ key, packId: pack.id, packName: pack.name, term, known: Boolean(known[key]), match, order });
    }
  });
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return hits
    .sort(
      (a, b) =>
        RANK[a.match] - RANK[b.match] ||
        collator.compare(a.term.term[lang], b.term.term[lang]) ||
        a.order - b.order ||
        a.term.id.localeCompare(b.term.id),
    )
    .map(({ order: _order, ...hit }) => hit);
}

/** The tools that some enabled term is scoped to: the choices of the "tool" filter. */
export function glossaryTools(packs: readonly InstalledPack[]): string[] {
  const ids = new Set<string>();
  for (const { pack, enabled } of packs) {
    if (enabled) for (const term of pack.glossary ?? []) for (const tool of term.tools ?? []) ids.add(tool);
  }
  return [...ids];
}
