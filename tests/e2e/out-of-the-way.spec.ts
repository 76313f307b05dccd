import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { type Coverage, clickThenType, coverage } from './harness/covered';
import { coachOf, expect, test } from './harness/fixtures';
import { reachedAtCentre } from './harness/reached';
import { DISPLAYS, PAGES } from './out-of-the-way.pages';

/**
 * "The coach is never over the volunteer's work": on pages laid out like the real apps, with the
 * volunteer's work area marked `data-work-area`, Déclic's launcher and panel cover none of its
 * controls, and a click then typing in the field the volunteer is filling still reaches it.
 * Each test records what it measured as an `out-of-the-way` annotation (in test-results/e2e.json).
 */

// One case (drive-share-top-layer at 200 % zoom, French) fails about once in a few full runs: the
// launcher's click does not open the panel in time. Not yet explained; retried once, and reported
// as flaky by the count, until it is.
test.describe.configure({ retries: 1 });

/** How long Déclic may take to move out of the way of a layout that arrived late. */
const SETTLE = { timeout: 8_000 };
const SHOTS = 'test-results/out-of-the-way';
mkdirSync(SHOTS, { recursive: true });

/** Polls until Déclic covers nothing (soft: the test goes on to measure the rest); returns the last look. */
async function coveredOnceSettled(page: Page, what: string): Promise<Coverage> {
  let last: Coverage = { declic: [], others: [] };
  const look = async () => {
    last = await coverage(page);
    return last.declic;
  };
  await expect.soft.poll(look, { ...SETTLE, message: `Déclic covers nothing, ${what}` }).toEqual([]);
  return last;
}

/** A real mouse click at the centre of `target` (wherever it is drawn, whatever is over it). */
async function clickCentre(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to click: the target has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

for (const lang of ['fr', 'en'] as const) {
  for (const display of DISPLAYS) {
    test.describe(`${lang} at ${display.id}`, () => {
      test.use({ lang, display });

      for (const work of PAGES) {
        test(`${work.id}: the coach stays off the volunteer's work`, async ({ page }, info) => {
          test.setTimeout(120_000);
          await page.goto(work.url);
          // Positive signals: the launcher drawn and named, and the page's work area drawn.
          const launcher = coachOf(page).locator('button.launcher');
          await expect(launcher).toHaveAttribute('aria-label', /^Déclic\s?:/);
          await expect(launcher).toBeVisible();
          const field = page.locator(work.field);
          await expect(field).toBeVisible();
          await expect(page.locator('[data-work-area]').first()).toBeVisible();

          // The page as the volunteer sees it, once per page and language (not committed).
          let shot = display.id !== '1280x720';
          const snapshot = async () => {
            if (!shot) await page.screenshot({ path: `${SHOTS}/${work.id}-${lang}.png` });
            shot = true;
          };
          const closed = await coveredOnceSettled(page, 'with the panel closed');
          const result = {
            page: work.id,
            display: display.id,
            lang,
            closed: closed.declic.length,
            open: -1,
            // For information: the same look with a 24 px lattice over each control, not only 5 points.
            closedLattice: (await coverage(page, { lattice: 24 })).declic.length,
            openLattice: -1,
            typed: false,
            launcherReached: true,
            covered: closed.declic.map((c) => c.name),
            others: closed.others.map((c) => `${c.name} under ${c.by}`),
          };
          try {
            if (work.modal) {
              // Déclic goes into the page's modal as it opens (the rest of the page is inert then).
              await expect.soft
                .poll(() => reachedAtCentre(launcher), { ...SETTLE, message: 'the launcher is on top of the modal' })
                .toEqual([{ name: expect.any(String), reached: true }]);
              result.launcherReached = (await reachedAtCentre(launcher)).every((r) => r.reached);
            }
            // Over a modal: a real click at its centre, whatever is drawn there. Elsewhere the
            // volunteer's own click: Playwright checks it is the launcher that gets it.
            if (work.modal) await clickCentre(page, launcher);
            else await launcher.click();
            const panel = coachOf(page).locator('#declic-panel');
            await expect.soft(panel, 'the launcher opens the panel').toBeVisible();
            if (!(await panel.isVisible())) return;

            // At 200 % a compose window or a dialog fills the window: there is no free space for a
            // readable panel, so it covers as little as it can; measured and reported, not required.
            const open =
              display.id === 'zoom200' ? await coverage(page) : await coveredOnceSettled(page, 'with the panel open');
            await snapshot();
            result.open = open.declic.length;
            result.openLattice = (await coverage(page, { lattice: 24 })).declic.length;
            result.covered.push(...open.declic.map((c) => `${c.name} (panel open)`));
            result.others.push(...open.others.map((c) => `${c.name} under ${c.by} (panel open)`));
            result.typed = await clickThenType(page, field, 'Fête des jardins');
            if (display.id !== 'zoom200') {
              expect.soft(result.typed, `a click then typing reaches ${work.field} with the panel open`).toBe(true);
            }

            if (work.modal) {
              const buttons = await reachedAtCentre(panel.locator('button'));
              expect.soft(buttons.length, 'the panel shows buttons').toBeGreaterThan(0);
              expect
                .soft(
                  buttons.filter((b) => !b.reached).map((b) => b.name),
                  'panel buttons under the modal',
                )
                .toEqual([]);
            }
            if (work.rtl) {
              const direction = await panel.evaluate((el) => getComputedStyle(el).direction);
              expect.soft(direction, `the panel reads left to right in ${lang}`).toBe('ltr');
            }
          } finally {
            await snapshot();
            info.annotations.push({ type: 'out-of-the-way', description: JSON.stringify(result) });
          }
        });
      }
    });
  }
}
