/**
 * Déclic's boxes live in the browser's top layer (as popovers): no z-index and no overlay a page
 * adds later can cover them. A page's modal <dialog> is the one thing above: while it is open,
 * everything outside it is inert, so Déclic's element goes inside it, and comes back after.
 */
export type PopoverElement = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

/** Puts an element in the top layer (again, on top of what came since). */
export function raise(el: PopoverElement): void {
  if (!el.showPopover || !el.isConnected) return;
  if (el.matches(':popover-open')) el.hidePopover?.();
  el.showPopover();
}

/** Raises every box of Déclic that is on show (moving an element closes its popover). */
export function raiseAll(shadow: ShadowRoot): void {
  for (const el of shadow.querySelectorAll<PopoverElement>('[popover][data-shown]')) raise(el);
}

/** Marks a box as on show and raises it; its removal needs nothing more. */
export function showOnTop(el: PopoverElement): void {
  el.dataset.shown = '';
  raise(el);
}

/**
 * Keeps Déclic's element where it can be used: inside the page's topmost modal dialog while one
 * is open, at the end of <html> otherwise. Returns true when it moved (the caller re-places).
 */
export function followModal(host: HTMLElement, shadow: ShadowRoot, doc: Document = document): boolean {
  // Our own boxes are in a shadow root: a page query never finds them.
  const modal = doc.querySelector('dialog:modal');
  const home = modal ?? doc.documentElement;
  if (host.parentElement === home) return false;
  // Our own guide may already have put it in this dialog's content: that is fine too.
  if (modal?.contains(host)) return false;
  home.append(host);
  raiseAll(shadow);
  return true;
}
