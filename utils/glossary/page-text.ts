import { isNavigationList } from './page-chrome';

/**
 * Which text of the page the glossary may look at: visible prose, the work, never what the user
 * types (inputs, editable areas), never code, never Déclic's own UI, and never the tool's own
 * chrome — its menus, toolbars, tabs and buttons are labels the volunteer clicks, not text to read
 * (a WordPress admin screen had 44–142 marks on its menu alone).
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
  'NAV',
  'BUTTON',
  'MENU',
  // A list's header and footer rows name its columns ("Categories", "Tags"): labels, not the work.
  'THEAD',
  'TFOOT',
]);
const CHROME_ROLES = new Set([
  'navigation',
  'menu',
  'menubar',
  'menuitem',
  'toolbar',
  'tablist',
  'tab',
  'button',
  'columnheader',
]);

export function isSkipped(element: Element): boolean {
  if (SKIP.has(element.tagName.toUpperCase())) return true;
  // The attribute, not isContentEditable: that one computes styles, far too slow on big pages.
  // The editable root is skipped with its whole subtree, so its children need no check.
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (isNavigationList(element)) return true;
  return element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden');
}

/** Whether one text node is worth reading (after it changed): its whole ancestry is checked. */
export function worthReading(node: Text): boolean {
  if (node.data.length < 2 || !/\S\S/.test(node.data)) return false;
  for (let el = node.parentElement; el; el = el.parentElement) if (isSkipped(el)) return false;
  return true;
}

/** A resumable walk over the text nodes under `root` worth reading, in document order. */
export interface TextWalk {
  next(): Text | null;
}

export function walkText(root: Node): TextWalk {
  const doc = root.ownerDocument ?? (root as Document);
  // A plain native walk over text nodes, with the skip decision cached per element: a filter
  // callback on every node costs 50× more on a 3,000-row page.
  const skipped = new Map<Element, boolean>();
  const isInSkipped = (element: Element | null): boolean => {
    const path: Element[] = [];
    let verdict = false;
    for (let el = element; el && el !== root; el = el.parentElement) {
      const known = skipped.get(el);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(el);
      if (isSkipped(el)) {
        verdict = true;
        break;
      }
    }
    for (const el of path) skipped.set(el, verdict);
    return verdict;
  };
  if (root.nodeType === Node.TEXT_NODE) {
    let done = false;
    return {
      next: () => {
        if (done) return null;
        done = true;
        return worthReading(root as Text) ? (root as Text) : null;
      },
    };
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  return {
    next() {
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.data.length >= 2 && /\S\S/.test(node.data) && !isInSkipped(node.parentElement)) return node;
      }
      return null;
    },
  };
}

/** Text nodes under `root` worth reading, in document order, up to `limit` characters in total. */
export function collectTextNodes(root: Node, limit = 2_000_000): Text[] {
  const walk = walkText(root);
  const out: Text[] = [];
  let total = 0;
  for (let node = walk.next(); node && total < limit; node = walk.next()) {
    out.push(node);
    total += node.data.length;
  }
  return out;
}
