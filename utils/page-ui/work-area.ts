import { grow, type Rect } from './free-space';

/**
 * Where the volunteer is working, read from the page as it is now: the window they write in (a
 * compose window, a share dialog, a modal) and the block around the field that has the focus.
 * Déclic places its boxes away from these, and away from any control it would hide.
 */
const DIALOGS = 'dialog[open],[role=dialog]';
const EDITORS = 'textarea,[contenteditable=true],[contenteditable=""],[role=textbox][aria-multiline=true]';
const FIELD_BLOCK = 'dialog,[role=dialog],form,[role=region]';
export const CONTROLS =
  'a[href],button,input,select,textarea,summary,[contenteditable],[role=button],[role=link],[role=textbox],[role=tab],[role=menuitem]';

// A DOMRect is a Rect (left, top, width, height).
const rectOf = (el: Element): Rect => el.getBoundingClientRect();

/** The element that has the focus, looking inside open shadow roots (web-component apps). */
export function focusedIn(doc: Document = document, host?: Element): HTMLElement | undefined {
  let el = doc.activeElement;
  // Not into Déclic's own element: its buttons are not the volunteer's work.
  while (el !== host && el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== doc.body ? el : undefined;
}

/** The volunteer's work areas, Déclic's own element left out. */
export function workAreas(host: Element, doc: Document = document): Rect[] {
  const areas: Rect[] = [];
  for (const el of doc.querySelectorAll(DIALOGS)) {
    if (host.contains(el)) continue;
    const r = rectOf(el);
    // A dialog as big as the page is the page itself (some apps wrap everything in one); one off
    // screen overlaps no spot of ours.
    if (r.width > 60 && r.height > 60 && r.width * r.height < innerWidth * innerHeight * 0.9) areas.push(r);
  }
  // A message being written (a compose window, a reply in the reading pane): its block is work
  // even before the volunteer clicks in it.
  // So is the pane that holds it (a reading pane), unless it is the whole page.
  for (const editor of [...doc.querySelectorAll(EDITORS)].slice(0, 20)) {
    for (const block of [editor.closest(FIELD_BLOCK), editor.closest('[role=main]')]) {
      const r = block && rectOf(block);
      if (r && r.width > 60 && r.height > 60 && r.width * r.height < innerWidth * innerHeight * 0.6) areas.push(r);
    }
  }
  const field = focusedIn(doc, host);
  if (field && field !== host && !host.contains(field) && field.matches(CONTROLS)) {
    const block = field.closest(FIELD_BLOCK);
    const r = rectOf(block ?? field);
    areas.push(block && r.width * r.height < innerWidth * innerHeight * 0.6 ? r : grow(rectOf(field), 16));
  }
  return areas;
}

/** How many page controls a box would hide, by sampling a grid of points over it (cheap on any page). */
export function controlsUnder(box: Rect, host: Element, columns: number, rows: number, doc = document): number {
  let hidden = 0;
  for (let c = 0; c < columns; c++) {
    for (let r = 0; r < rows; r++) {
      const x = box.left + ((c + 0.5) * box.width) / columns;
      const y = box.top + ((r + 0.5) * box.height) / rows;
      // A point off the window finds nothing.
      const below = (doc.elementsFromPoint?.(x, y) ?? []).find((el) => el !== host && !host.contains(el));
      if (below?.closest(CONTROLS)) hidden++;
    }
  }
  return hidden;
}

/**
 * The page's controls the volunteer can see now, as rectangles: those in the window whose centre
 * is not under something else (a modal's backdrop, a menu). Read once per placement; each spot is
 * then checked against them with plain arithmetic, however small a control is.
 */
export function visibleControls(host: Element, doc: Document = document): Rect[] {
  const seen: Rect[] = [];
  for (const el of doc.querySelectorAll(CONTROLS)) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth) continue;
    const top = doc.elementsFromPoint?.(r.left + r.width / 2, r.top + r.height / 2).find((e) => e !== host);
    if (top && (el.contains(top) || top.contains(el))) seen.push(r);
    if (seen.length > 400) break;
  }
  return seen;
}
