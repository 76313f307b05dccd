import { accessibleName, normalise } from '../anchors/accessible-name';
import { locatorMatches } from '../anchors/locate';
import { roleOf } from '../anchors/roles';
import type { Locator } from '../packs/pack-schema';
import { cssPath, isGenerated } from './css-path';
import { insideDataRow, looksPersonal } from './personal-text';

/** Attributes worth keeping, the most stable first: test ids are there for tools' own tests. */
const STABLE_ATTRIBUTES = ['data-testid', 'data-test', 'data-qa', 'aria-label', 'name', 'data-tooltip', 'title', 'id'];

/**
 * What the mentor types lives in an editor's content (Gmail's message body, a textarea holding a
 * post): it is the person's, never a way to find the element.
 */
const TYPED = 'textarea, [contenteditable]:not([contenteditable="false"])';

/** Spaces tidied, the case kept: what the mentor will read and may edit. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One way of finding the element, tried on the page as it is now. */
export interface TriedLocator {
  locator: Locator;
  /** It finds this element and no other: kept in the anchor. */
  kept: boolean;
  /** How many elements it finds on the page now (up to 10): shown to the mentor. */
  count: number;
}

export interface MadeAnchor {
  /** The locators kept, most robust first (at most 6): what Déclic will look for. */
  anchor: Locator[];
  tried: TriedLocator[];
  /** Texts left out because they may belong to a person (an address, a name in a list row). */
  refused: string[];
}

/**
 * The anchor of an element a mentor pointed at: its role and accessible name, stable attributes,
 * its visible text and a CSS path without generated ids or hashed classes, each kept only if it
 * finds this element alone on the page now. Names are read in the page's current language and
 * written under it only (the file says what the tool really calls it; the coach tries both
 * languages whatever the volunteer's). A page that says no French or English gets both.
 */
export function makeAnchor(el: Element): MadeAnchor {
  const refused: string[] = [];
  const inRow = insideDataRow(el);
  const typed = el.closest(TYPED) !== null;
  const content = tidy(el.textContent ?? '');
  const ownText = typed ? '' : content;
  // Text of a data row, or text that looks like an address or a number, stays out.
  const usable = (text: string, fromContent: boolean) => {
    if (!text) return false;
    if (looksPersonal(text) || (inRow && fromContent)) {
      refused.push(text);
      return false;
    }
    return true;
  };
  const pageLang = el.ownerDocument?.documentElement.lang.slice(0, 2).toLowerCase();
  const inPageLanguage = (text: string) =>
    pageLang === 'fr' || pageLang === 'en' ? { [pageLang]: text } : { fr: text, en: text };
  const candidates: Locator[] = [];
  const role = roleOf(el);
  const name = role ? tidy(accessibleName(el, role)) : '';
  const nameFromText = normalise(name) === normalise(content);
  // In a row, even a name from aria-label may carry the row's subject ("Delete 'AGM'"): content too.
  if (role && name.length <= 120 && !(typed && nameFromText) && usable(name, true))
    candidates.push({ role, name: inPageLanguage(name) });
  for (const attribute of STABLE_ATTRIBUTES) {
    const value = el.getAttribute(attribute)?.trim() ?? '';
    if (!value || value.length > 200) continue;
    if ((attribute === 'id' || attribute.startsWith('data-t')) && isGenerated(value)) continue;
    // A row's title or label may be its subject or its sender.
    if (usable(value, inRow && (attribute === 'title' || attribute === 'aria-label'))) {
      candidates.push({ attributes: { [attribute]: value } });
    }
  }
  if (ownText && ownText.length <= 60 && !nameFromText && usable(ownText, true)) {
    candidates.push({ text: inPageLanguage(ownText) });
  }
  const css = cssPath(el);
  if (css) candidates.push({ css });
  const tried = candidates.map((locator) => {
    const found = locatorMatches(locator, el.ownerDocument ?? document);
    // The element itself, or the control around its text.
    const kept = found.length === 1 && (found[0] === el || !!found[0]?.contains(el));
    return { locator, kept, count: found.length };
  });
  return {
    anchor: tried
      .filter((t) => t.kept)
      .map((t) => t.locator)
      .slice(0, 6),
    tried,
    refused: [...new Set(refused)],
  };
}
