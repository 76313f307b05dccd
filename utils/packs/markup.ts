/**
 * The tiny markup a tip body may use, parsed by our own code into a small tree that the UI
 * turns into DOM nodes. It is never HTML: `<b>` stays the text "<b>".
 *
 *   **bold**            bold text
 *   [label](https://…)  a link (https: or mailto: only; the host is shown beside it)
 *   - item              a bulleted list (consecutive lines starting with "- ")
 *   a line break        a line break; an empty line starts a new paragraph
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'bold'; children: Inline[] }
  | { type: 'link'; label: string; url: string; host: string };

export type Block = { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][] };

export const MAX_BLOCKS = 40;

/** Whitespace, control and invisible characters are removed before a link is checked. */
export function normaliseUrl(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return raw.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '');
}

/** The address a link may point to, or null: https: with a host, or mailto: with an address. */
export function safeUrl(raw: string): { url: string; host: string } | null {
  const value = normaliseUrl(raw);
  if (/^https:\/\/[^/?#\\@]+/i.test(value) && URL.canParse(value)) {
    const url = new URL(value);
    if (url.protocol === 'https:' && url.hostname && !url.username && !url.password) {
      return { url: url.href, host: url.host };
    }
  }
  if (/^mailto:[^\s@<>"]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(value)) {
    return { url: value, host: value.slice(value.indexOf('@') + 1).toLowerCase() };
  }
  return null;
}

// Spaces and tabs are allowed inside the parentheses so that `java\tscript:` is caught as a bad link.
const LINK = /\[([^\]\n]{1,200})\]\(([^)\n]{1,2000})\)/g;

function parseInline(text: string, badLinks: string[]): Inline[] {
  const out: Inline[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const parts = value.split('**');
    parts.forEach((part, index) => {
      // Odd parts were between ** markers; an unclosed ** stays literal text.
      const closed = index % 2 === 1 && index < parts.length - 1;
      if (closed) out.push({ type: 'bold', children: part ? [{ type: 'text', text: part }] : [] });
      else if (part || index === parts.length - 1) {
        const literal = index % 2 === 1 ? `**${part}` : part;
        if (literal) out.push({ type: 'text', text: literal });
      }
    });
  };
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label = '', href = ''] = match;
    pushText(text.slice(last, match.index));
    const safe = safeUrl(href);
    if (safe) out.push({ type: 'link', label, ...safe });
    else {
      badLinks.push(href);
      out.push({ type: 'text', text: label });
    }
    last = (match.index ?? 0) + whole.length;
  }
  pushText(text.slice(last));
  return out;
}

export interface ParsedMarkup {
  blocks: Block[];
  /** Link targets that are not https:/mailto: (validation rejects a pack that has any). */
  badLinks: string[];
}

export function parseMarkup(source: string): ParsedMarkup {
  const badLinks: string[] = [];
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    let i = 0;
    while (i < lines.length && blocks.length < MAX_BLOCKS) {
      const isItem = (line: string | undefined) => line !== undefined && /^\s*[-•]\s+/.test(line);
      if (isItem(lines[i])) {
        const items: Inline[][] = [];
        while (isItem(lines[i])) items.push(parseInline((lines[i++] ?? '').replace(/^\s*[-•]\s+/, ''), badLinks));
        blocks.push({ type: 'list', items });
      } else {
        const paragraph: Inline[][] = [];
        while (i < lines.length && !isItem(lines[i])) paragraph.push(parseInline(lines[i++] ?? '', badLinks));
        blocks.push({ type: 'paragraph', lines: paragraph });
      }
    }
  }
  return { blocks, badLinks };
}
