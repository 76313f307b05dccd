/**
 * The panel's search: a volunteer types a few letters, without accents or capitals, in French or
 * English, and finds the tips, guides and words of this tool that hold every word they typed.
 */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    // Pack markup (**bold**, [link](url)) is not what the volunteer types.
    .replace(/[*_[\]()]/g, ' ');

/** Every word of the query is somewhere in the texts (an empty query finds nothing). */
export function matchesQuery(query: string, texts: readonly (string | undefined)[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  const haystack = fold(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}
