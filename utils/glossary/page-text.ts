/**
 * Which text of the page the glossary may look at: visible prose, never what the user types
 * (inputs, editable areas), never code, never Déclic's own UI.
 */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'TEMPLATE',
  'IFRAME',
  'DECLIC-COACH',
]);

export function isSkipped(element: Element): boolean {
  if (SKIP.has(element.tagName.toUpperCase())) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden');
}

/** Text nodes under `root` worth reading, in document order, up to `limit` characters in total. */
export function collectTextNodes(root: Node, limit = 2_000_000): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: Text[] = [];
  let total = 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return (node as Text).data.trim().length > 1 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node && total < limit; node = walker.nextNode()) {
    out.push(node as Text);
    total += (node as Text).data.length;
  }
  return out;
}
