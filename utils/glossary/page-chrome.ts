/**
 * The tool's own chrome that no role or tag names, and text the page does not show: what the
 * glossary leaves alone besides nav, menus, toolbars, buttons and tabs (page-text.ts).
 */

/** A breadcrumb by its class (« Accueil › Articles »), never a page wrapper that only mentions one. */
const BREADCRUMB = /^(?!has-|no-|with-|show-)(.*[-_])?breadcrumbs?$/i;
const WRAPPERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function isBreadcrumb(element: Element, tag: string): boolean {
  // Asked of every element the glossary walks: one string search before any class is looked at.
  if (WRAPPERS.has(tag) || !element.getAttribute('class')?.includes('readcrumb')) return false;
  for (const name of element.classList) {
    // A breadcrumb is a short line: a long block with the class is a layout wrapper.
    if (BREADCRUMB.test(name)) return (element.textContent?.length ?? 0) <= 300;
  }
  return false;
}

/**
 * Navigation that is not marked as such: a breadcrumb, or a short list whose items are each one
 * link and nothing more (the status filters above a list of posts: « Tous | Publiés | Corbeille »).
 * Link density is how reading modes tell menus from prose; a list of a few links is a menu.
 */
export function isNavigationList(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (isBreadcrumb(element, tag)) return true;
  if ((tag !== 'UL' && tag !== 'OL') || element.children.length < 2 || element.children.length > 50) return false;
  for (const item of element.children) {
    const link = item.firstElementChild;
    if (item.children.length !== 1 || link?.tagName.toUpperCase() !== 'A') return false;
    // Beyond the link, a separator at most (" |").
    if ((item.textContent ?? '').trim().length - (link.textContent ?? '').trim().length > 2) return false;
  }
  return true;
}

/**
 * Whether the page shows this element's text now. Read only for text that holds a word (a few
 * per page), since it asks for style and layout: a popup kept hidden by its styles (Etherpad's
 * settings), text clipped for screen readers only, or parked off the left edge until hovered
 * (WordPress's row actions) would otherwise be marked where no one sees it.
 */
export function shownOnPage(element: Element): boolean {
  if (element.checkVisibility && !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
    return false;
  }
  const box = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  // Off the page's left or top edge: only ever reached by a screen reader or a hover.
  return (
    box.width > 1 && box.height > 1 && box.right + (view?.scrollX ?? 0) > 0 && box.bottom + (view?.scrollY ?? 0) > 0
  );
}
