import type { Inline } from './markup';

/**
 * The words of the buttons in a step, as the packs write them: between « » in French, between
 * double quotes in English (« Envoyer », "Send"). A printed handout shows them in bold, quotes
 * kept, so a volunteer finds the same words on the screen. Text already bold stays as it is.
 */
const QUOTED = /«[^«»]{1,80}»|"[^"\n]{1,80}"|“[^“”]{1,80}”/g;

export function boldButtonWords(list: readonly Inline[]): Inline[] {
  return list.flatMap((node): Inline[] => {
    if (node.type !== 'text') return [node];
    const out: Inline[] = [];
    let last = 0;
    for (const match of node.text.matchAll(QUOTED)) {
      if (match.index > last) out.push({ type: 'text', text: node.text.slice(last, match.index) });
      out.push({ type: 'bold', children: [{ type: 'text', text: match[0] }] });
      last = match.index + match[0].length;
    }
    if (last < node.text.length) out.push({ type: 'text', text: node.text.slice(last) });
    return out;
  });
}
