import { type Inline, parseMarkup } from '../packs/markup';

/**
 * The tiny markup as plain DOM, for the small scripts that carry no React (anchored tips'
 * cards). Same output as components/markup-text.tsx: text nodes, p, br, ul, li, strong, a.
 */
export function markupToDom(source: string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const block of parseMarkup(source).blocks) {
    if (block.type === 'list') {
      const ul = document.createElement('ul');
      for (const item of block.items) {
        const li = document.createElement('li');
        li.append(...inlines(item));
        ul.append(li);
      }
      out.append(ul);
    } else {
      const p = document.createElement('p');
      block.lines.forEach((line, i) => {
        if (i > 0) p.append(document.createElement('br'));
        p.append(...inlines(line));
      });
      out.append(p);
    }
  }
  return out;
}

function inlines(list: Inline[]): Node[] {
  return list.flatMap((node): Node[] => {
    if (node.type === 'text') return [document.createTextNode(node.text)];
    if (node.type === 'bold') {
      const strong = document.createElement('strong');
      strong.append(...inlines(node.children));
      return [strong];
    }
    const a = document.createElement('a');
    a.href = node.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = node.label;
    const host = document.createElement('span');
    host.className = 'link-host';
    host.textContent = `(${node.host})`;
    return [a, document.createTextNode(' '), host];
  });
}
