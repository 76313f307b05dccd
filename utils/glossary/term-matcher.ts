/**
 * Finds glossary terms in page text, French first. Works on words, not regexes, so one pass
 * over a large page stays linear whatever the number of terms:
 * - words are compared without case or accents ("Télécharger" = "telecharger");
 * - a final s or x is ignored on words of 4 letters or more (pièce/pièces, email/emails), and
 *   -aux reads as -al (reçus fiscaux = reçu fiscal);
 * - apostrophes end a word, so elisions (l'adhésion, d’abord, qu'un) need no special rule;
 * - a term of several words matches only across spaces or hyphens, never across punctuation.
 */
export interface MatchableTerm {
  id: string;
  /** The term and its variants, in the page's language. */
  forms: readonly string[];
}

export interface TermMatch {
  termId: string;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  termId?: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
// Addresses are the volunteer's data, not words: "adherents@asso.fr", "https://…", "www.…".
const ADDRESS = /[^\s<>()"',;]*@[^\s<>()"',;]+|(?:https?:\/\/|www\.)[^\s<>()"']+/giu;
const MAY_HOLD_ADDRESS = /@|:\/\/|www\./i;
const DIACRITIC = /\p{M}/u;

// Pages repeat their words: normalising each distinct word once makes a pass several times faster.
const normalised = new Map<string, string>();

export function normaliseWord(word: string): string {
  let key = normalised.get(word);
  if (key === undefined) {
    if (normalised.size > 50_000) normalised.clear();
    key = normaliseUncached(word);
    normalised.set(word, key);
  }
  return key;
}

function normaliseUncached(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (plain.length < 4) return plain;
  // fiscaux → fiscal, but bureaux → bureau (then the plain rule).
  if (plain.length >= 5 && /[^e]aux$/.test(plain)) return `${plain.slice(0, -3)}al`;
  return /[sx]$/.test(plain) ? plain.slice(0, -1) : plain;
}

export interface TermMatcher {
  find(text: string, limit?: number): TermMatch[];
  size: number;
}

export function buildMatcher(terms: readonly MatchableTerm[]): TermMatcher {
  const root: TrieNode = { next: new Map() };
  let size = 0;
  // Words every form writes with accents ("bénévole"): the same letters in lower case without
  // them ("benevole") are a login or an identifier, not the word.
  const accented = new Map<string, boolean>();
  for (const term of terms) {
    for (const form of term.forms) {
      const words = form.match(WORD);
      if (!words?.length) continue;
      let node = root;
      for (const word of words) {
        const key = normaliseWord(word);
        accented.set(key, (accented.get(key) ?? true) && DIACRITIC.test(word.normalize('NFD')));
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map() };
          node.next.set(key, child);
        }
        node = child;
      }
      // The first term to claim a form keeps it: packs earlier in the user's order win.
      node.termId ??= term.id;
      size++;
    }
  }

  return {
    size,
    find(text, limit = Number.POSITIVE_INFINITY) {
      const addresses = MAY_HOLD_ADDRESS.test(text)
        ? Array.from(text.matchAll(ADDRESS), (m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const)
        : [];
      const tokens = Array.from(text.matchAll(WORD), (m) => {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        const key = normaliseWord(m[0]);
        const identifier = accented.get(key) === true && /^[a-z0-9]+$/.test(m[0]);
        const inAddress = addresses.some(([from, to]) => start >= from && end <= to);
        // A token that can match nothing: an empty key is in no form.
        return { key: identifier || inAddress ? '' : key, start, end };
      });
      const found: TermMatch[] = [];
      for (let i = 0; i < tokens.length && found.length < limit; i++) {
        let node: TrieNode | undefined = root;
        let best: TermMatch | undefined;
        for (let j = i; j < tokens.length; j++) {
          const token = tokens[j];
          if (!token) break;
          if (j > i) {
            const gap = text.slice(tokens[j - 1]?.end ?? 0, token.start);
            if (!/^[\s\u00a0-]{1,3}$/.test(gap)) break;
          }
          node = node.next.get(token.key);
          if (!node) break;
          if (node.termId) best = { termId: node.termId, start: tokens[i]?.start ?? 0, end: token.end };
        }
        if (best) {
          found.push(best);
          // Continue after the match: terms never overlap.
          while (i + 1 < tokens.length && (tokens[i + 1]?.start ?? 0) < best.end) i++;
        }
      }
      return found;
    },
  };
}
