/**
 * Finds the element a tip or a guide step points at, from a pack's anchor: locators tried in
 * the mentor's order, the first that finds exactly ONE visible element wins. Finding none, or
 * several (which one would we point at?), moves on to the next locator; when none is left the
 * caller shows the step in its panel instead. Pack data is untrusted: nothing here may throw.
 */
import type { Anchor, Locator } from '../packs/pack-schema';
import { accessibleName, nameMatches, normalise } from './accessible-name';
import { hasRole, roleSelector } from './roles';
import { hasLayout, isOwnUi, isVisible } from './visibility';

export interface AnchorMatch {
  element: Element;
  /** Index of the locator that found it: tells a mentor which locators still work. */
  locator: number;
}

/** Where to search: the page, an element, or a shadow root. */
export type AnchorRoot = Document | Element | DocumentFragment;
type Root = AnchorRoot;

/** querySelectorAll that treats an invalid selector as matching nothing. */
export function query(root: Root, selector: string): Element[] {
  try {
    return selector ? [...root.querySelectorAll(selector)] : [];
  } catch {
    return [];
  }
}

/** The root and every open shadow root below it (not Déclic's own), where apps draw web components. */
export function searchRoots(root: Root): Root[] {
  const roots = [root];
  for (let i = 0; i < roots.length; i++) {
    for (const el of query(roots[i] as Root, '*')) {
      if (el.shadowRoot && !isOwnUi(el)) roots.push(el.shadowRoot);
    }
  }
  return roots;
}

// A text sits in a label, a link or a button: point at the whole control, as a volunteer sees it.
// Negative tabindex is left out: tools put tabindex="-1" on whole panes to move focus there.
const INTERACTIVE =
  'button,a[href],[role=button],[role=link],[role=tab],[role=menuitem],[role=option],label,summary,[tabindex]:not([tabindex^="-"])';

/**
 * Innermost elements whose whole text (textContent, normalised) is one of the wanted texts; their
 * visibility is checked afterwards. We start from text nodes and climb only while the text is
 * still part of a wanted text, so a large page costs little.
 */
function* byText(root: Root, wanted: string[]): Generator<Element> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const own = normalise((node as Text).data);
    if (!own || !wanted.some((w) => w.includes(own))) continue;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const text = normalise(el.textContent ?? '');
      if (wanted.includes(text)) {
        yield el;
        break;
      }
      if (!wanted.some((w) => w.includes(text))) break;
    }
  }
}

/** The control around a text, unless it holds much more than the text (a whole focusable pane). */
function controlAround(el: Element, wanted: string[]): Element {
  const control = el.closest(INTERACTIVE);
  const limit = Math.max(...wanted.map((w) => w.length)) * 2 + 20;
  return control && normalise(control.textContent ?? '').length <= limit ? control : el;
}

function candidates(locator: Locator, root: Root, wanted: string[]): Iterable<Element> {
  if (locator.role) {
    const { role, name } = locator;
    return query(root, roleSelector(role)).filter((el) => {
      if (!hasRole(el, role)) return false;
      if (!name) return true;
      const actual = accessibleName(el, role);
      // A name may be written in one language only; an empty one matches nothing.
      return nameMatches(actual, name.fr ?? '') || nameMatches(actual, name.en ?? '');
    });
  }
  if (locator.attributes) {
    const entries = Object.entries(locator.attributes);
    // Compared with getAttribute rather than written into a selector: no escaping to get wrong.
    return query(root, entries.length ? `[${entries[0]?.[0]}]` : '').filter((el) =>
      entries.every(([key, value]) => el.getAttribute(key) === value),
    );
  }
  if (locator.text) return byText(root, wanted);
  return query(root, locator.css ?? '');
}

/** The distinct visible elements a locator finds, up to `cap` (one more than enough to know). */
function visibleMatches(locator: Locator, roots: Root[], layout: boolean, cap: number): Element[] {
  const found = new Set<Element>();
  const written = locator.text ? [locator.text.fr, locator.text.en] : [];
  const wanted = written.flatMap((text) => (text === undefined ? [] : [normalise(text)]));
  for (const root of roots) {
    for (const el of candidates(locator, root, wanted)) {
      if (!isVisible(el, layout)) continue;
      found.add(locator.text ? controlAround(el, wanted) : el);
      if (found.size >= cap) return [...found];
    }
  }
  return [...found];
}

/** The one visible element a locator finds, or null for none or several. */
function findOne(locator: Locator, roots: Root[], layout: boolean): Element | null {
  const found = visibleMatches(locator, roots, layout, 2);
  return found.length === 1 ? (found[0] as Element) : null;
}

/**
 * What one locator finds on the page now, for a mentor choosing it (« trouvé 3 éléments »):
 * counted up to `cap`, the elements themselves to tell whether the chosen one is among them.
 */
export function locatorMatches(locator: Locator, root: Root = document, cap = 10): Element[] {
  const roots = searchRoots(root);
  const first = roots[0] as Root;
  return visibleMatches(locator, roots, hasLayout(first.ownerDocument ?? (first as Document)), cap);
}

export function locateIn(anchor: Anchor, roots: Root[]): AnchorMatch | null {
  const root = roots[0] as Root;
  const layout = hasLayout(root.ownerDocument ?? (root as Document));
  for (let i = 0; i < anchor.length; i++) {
    const element = findOne(anchor[i] as Locator, roots, layout);
    if (element) return { element, locator: i };
  }
  return null;
}

export function locateAnchor(anchor: Anchor, root: Root = document): AnchorMatch | null {
  return locateIn(anchor, searchRoots(root));
}
