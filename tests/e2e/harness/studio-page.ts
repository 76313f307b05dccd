import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { browser } from 'wxt/browser';

/** The studio's band in a tool's page (its own Déclic element, in the top layer). */
export const band = (page: Page) => page.locator('declic-coach section.picker-bar');

/** Brought to the front by Déclic (the background activates the tab), as the browser says. */
export const inFront = (page: Page) =>
  expect
    .poll(async () =>
      page
        .context()
        .serviceWorkers()[0]
        ?.evaluate(async () => {
          const { tabs } = (globalThis as unknown as { chrome: typeof browser }).chrome;
          return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url ?? '';
        }),
    )
    .toBe(page.url());

/** Everything Déclic keeps (local and session storage), as text: what must never hold typed data. */
export const keptByDeclic = (page: Page): Promise<string> =>
  page.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: typeof browser }).chrome;
    return JSON.stringify([await storage.local.get(null), await storage.session.get(null)]);
  });

export async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * A volunteer follows a guide from the panel: clicks what each step's ring surrounds; a step
 * on a field (`typed`) waits for « Suivant », the last one for « Terminer ».
 */
export async function followGuide(page: Page, title: string, total: number, typed: readonly number[]) {
  const coach = page.locator('declic-coach');
  await page.getByRole('button', { name: `Commencer le guide\u202f: ${title}` }).click();
  for (let n = 1; n <= total; n++) {
    const dialog = coach.getByRole('dialog', { name: `Étape ${n} sur ${total}` });
    await expect(dialog).toBeVisible();
    const ring = coach.locator('.guide-ring');
    await expect(ring).toBeVisible();
    const box = await ring.boundingBox();
    if (!box) throw new Error('no ring');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    if (typed.includes(n)) await dialog.getByRole('button', { name: 'Suivant' }).click();
    if (n === total) await dialog.getByRole('button', { name: 'Terminer' }).click();
    await expect(dialog).toHaveCount(0);
  }
  await expect(coach.locator('.guide-ring')).toHaveCount(0);
}
