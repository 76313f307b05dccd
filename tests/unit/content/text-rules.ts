/**
 * The plain-language rules Déclic's own words follow (FALC, French typography), as data and small
 * functions: the text check (text-check.test.ts) applies them to the built-in packs and the UI.
 */

/** A sentence ends at . ! ? or a line break; markup links count by their words, not their address. */
export function sentences(text: string): string[] {
  const plain = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*/g, '');
  return plain
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const words = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

export const MAX_SENTENCE_WORDS = 15;
export const MAX_TIP_WORDS = 40;
/** One idea per step: two short sentences at most (an action, and what the volunteer then sees). */
export const MAX_STEP_SENTENCES = 2;
export const MAX_STEP_WORDS = 30;

/** French typography: the problems of one French text, in words (empty when right). */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes("'")) problems.push('straight apostrophe (write ’)');
  if (/[ \u00a0][;:!?»]|«[ \u00a0]/.test(text)) problems.push('plain space before ; : ! ? » or after « (write U+202F)');
  if (/[^\s\u202f([][;:!?](\s|$)/.test(text)) problems.push('no narrow space before ; : ! ?');
  if (/«(?!\u202f)|(?<!\u202f)»/.test(text)) problems.push('no narrow space inside « »');
  return problems;
}

/**
 * One spelling per word in French: « e-mail » for the message and the address (the word
 * volunteers use; « courriel » and « mail » are not used next to it).
 */
export const FRENCH_SPELLINGS: { wrong: RegExp; right: string }[] = [
  { wrong: /\bcourriels?\b/i, right: 'e-mail' },
  { wrong: /(^|[^-\p{L}])e?mails?\b/iu, right: 'e-mail' },
];

/**
 * Words Déclic's own texts use that a hesitant volunteer may not know: each must be explained by
 * a word of a built-in pack that shows on every tool (the glossary explains Déclic's texts too).
 */
export const WORDS_TO_EXPLAIN = ['onglet', 'menu', 'icône', 'paramètres', 'panneau', 'destinataire', 'RGPD', 'PDF'];

/** A help link must lead to the article, not to a help centre's home page. */
export function isHomePage(url: string): boolean {
  const { pathname, search, hash } = new URL(url);
  return (pathname === '/' || pathname === '') && !search && !hash;
}
