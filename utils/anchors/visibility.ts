import { HOST_NAME, isOwnHost } from '../page-ui/own-hosts';
/**
 * Whether the volunteer can see an element, so a tip never points at a hidden copy of a control
 * (tools keep many: closed menus, off-screen compose windows, templates).
 */

/** Déclic's own UI host (or one a page made with its name): the coach never anchors a tip on itself. */
export const OWN_UI = HOST_NAME;
const HIDDEN_SUBTREE = `[hidden],[inert],[aria-hidden="true"],${OWN_UI}`;
export const isOwnUi = (el: Element): boolean => el.localName === OWN_UI || isOwnHost(el);

/** Parent in the flat tree: from a shadow root's top we continue at its host. */
const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/**
 * Whether the page is laid out. happy-dom (unit tests) reports 0×0 boxes for everything, while a
 * real page always gives its root element the viewport's size: only then is an empty box a hint.
 */
export function hasLayout(doc: Document): boolean {
  const box = doc.documentElement?.getBoundingClientRect();
  return !!box && (box.width > 0 || box.height > 0);
}

export function isVisible(el: Element, layout: boolean): boolean {
  if (!el.isConnected) return false;
  // closest() stops at a shadow root: climb host by host so a hidden host hides its shadow content.
  for (let e: Element | null = el; e; e = (e.getRootNode() as ShadowRoot).host || null) {
    if (e.closest(HIDDEN_SUBTREE) || isOwnUi(e)) return false;
  }
  if (el.checkVisibility) {
    // Opacity stays allowed: tools fade toolbars in on hover, and the control is still there.
    if (!el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: false })) {
      return false;
    }
  } else {
    const view = el.ownerDocument.defaultView;
    if (!view) return false;
    const visibility = view.getComputedStyle(el).visibility;
    if (visibility === 'hidden' || visibility === 'collapse') return false;
    for (let e: Element | null = el; e; e = up(e)) if (view.getComputedStyle(e).display === 'none') return false;
  }
  if (!layout) return true;
  const box = el.getBoundingClientRect();
  return box.width > 0 || box.height > 0;
}
