import type { Locator, Page } from '@playwright/test';

/** A control of the volunteer's work area whose topmost element, at one of its points, is not itself. */
export interface Covered {
  name: string;
  at: [number, number];
}

export interface Coverage {
  /** Covered by Déclic (its host, or anything in its shadow root): each one is a failure. */
  declic: Covered[];
  /** Covered by something of the page itself (a menu, a scrim, a scrolled-away part): for debugging. */
  others: (Covered & { by: string })[];
}

/** What the volunteer works with: the controls inside the page's `[data-work-area]` containers. */
const CONTROLS = [
  'button',
  'a[href]',
  'input:not([type=hidden])',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable=false])',
  ...['button', 'textbox', 'link', 'tab', 'menuitem'].map((role) => `[role=${role}]`),
].join(', ');

/**
 * Samples every visible control of the work area at its centre and 2 px inside its corners:
 * `document.elementsFromPoint` gives the topmost element there (Déclic's shadow content is seen
 * as its host, `declic-coach`), and `document.elementFromPoint` must agree. A point outside the
 * viewport or scrolled out of a scrolling box is not sampled; a control with no point left is not
 * visible and not counted. `lattice`: also sample every that many pixels across each control.
 */
export function coverage(page: Page, { lattice = 0 } = {}): Promise<Coverage> {
  return page.evaluate(
    ([selector, step]) => {
      const result: Coverage = { declic: [], others: [] };
      const describe = (el: Element) => {
        const label =
          el.getAttribute('aria-label') ??
          (el as HTMLInputElement).labels?.[0]?.textContent ??
          el.getAttribute('placeholder') ??
          el.textContent ??
          '';
        const role = el.getAttribute('role') ?? el.localName;
        return `${role} "${label.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
      };
      const isDeclic = (el: Element) => el.localName === 'declic-coach' || !!el.closest('declic-coach');
      const visible = (el: Element) => {
        const style = getComputedStyle(el);
        return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
      };
      // Scrolled out of a scrolling box (a reading pane, a list): that point is not visible.
      const clipped = (el: Element, x: number, y: number) => {
        for (let up = el.parentElement; up; up = up.parentElement) {
          const b = up.getBoundingClientRect();
          if (getComputedStyle(up).overflow !== 'visible' && (x < b.left || x > b.right || y < b.top || y > b.bottom))
            return true;
        }
        return false;
      };
      const controls = [...document.querySelectorAll('[data-work-area]')].flatMap((area) => [
        ...(area.matches(selector) ? [area] : []),
        ...area.querySelectorAll(selector),
      ]);
      for (const control of new Set(controls)) {
        const r = control.getBoundingClientRect();
        if (r.width < 1 || r.height < 1 || !visible(control)) continue;
        const inset = Math.min(2, r.width / 2, r.height / 2);
        const points: [number, number][] = [
          [r.left + r.width / 2, r.top + r.height / 2],
          [r.left + inset, r.top + inset],
          [r.right - inset, r.top + inset],
          [r.left + inset, r.bottom - inset],
          [r.right - inset, r.bottom - inset],
        ];
        // Optionally, a lattice over the whole control too: a big text box covered at its edge only.
        for (let x = r.left + inset; step && x < r.right; x += step)
          for (let y = r.top + inset; y < r.bottom; y += step) points.push([x, y]);
        const inView = points.filter(
          ([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && !clipped(control, x, y),
        );
        // Déclic anywhere on the control counts first; the page's own occluders are only noted.
        let other: (Covered & { by: string }) | undefined;
        const name = describe(control);
        for (const [x, y] of inView) {
          const top = document.elementsFromPoint(x, y)[0];
          const hit = document.elementFromPoint(x, y);
          const at: [number, number] = [Math.round(x), Math.round(y)];
          if ((top && isDeclic(top)) || (hit && isDeclic(hit))) {
            result.declic.push({ name, at });
            other = undefined;
            break;
          }
          // An ancestor on top shows through a rounded corner: nothing is over the control there.
          if (!other && (!top || !(control.contains(top) || top.contains(control))))
            other = { name, at, by: top ? describe(top) : 'nothing' };
        }
        if (other) result.others.push(other);
      }
      return result;
    },
    [CONTROLS, lattice] as const,
  );
}

/** The work area's controls that Déclic covers: empty when the coach is out of the way. */
export async function coveredControls(page: Page): Promise<Covered[]> {
  return (await coverage(page)).declic;
}

/**
 * What a volunteer does: a real mouse click at the field's centre, then typing. True when the
 * field got the text (an input's value, or an editable element's text); false when the click
 * landed on something else, such as Déclic's panel.
 */
export async function clickThenType(page: Page, field: Locator, text: string): Promise<boolean> {
  const box = await field.boundingBox();
  if (!box) return false;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.type(text);
  return field.evaluate(
    (el, typed) => ('value' in el ? String((el as HTMLInputElement).value) : (el.textContent ?? '')).includes(typed),
    text,
  );
}
