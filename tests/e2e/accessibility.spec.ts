import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { coachOf, expect, launcherOf, showAllTips, test } from './harness/fixtures';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    test('the popup, options, welcome and studio pages have no axe violations', async ({
      browserWithDeclic,
      extensionId,
      page,
    }) => {
      // Four pages, each checked whole by axe: the settings page alone lists two built-in packs and
      // their ~190 words, which takes axe about 20 s on a loaded 2-core machine.
      test.setTimeout(120_000);
      await page.goto('https://mail.google.com/mail/u/0/#inbox');
      await expect(launcherOf(page)).toBeVisible();
      for (const name of ['popup', 'options', 'welcome', 'studio']) {
        const ui = await browserWithDeclic.context.newPage();
        if (name === 'popup') await ui.setViewportSize({ width: 400, height: 480 });
        await ui.goto(`chrome-extension://${extensionId}/${name}.html`);
        await expect(ui.getByRole('heading', { level: 1 })).toBeVisible();
        // The page says when it has read its settings and packs (aria-busy on <main>).
        await expect(ui.locator('main')).toHaveAttribute('aria-busy', 'false');
        await expectNoAxeViolations(ui);
        await ui.screenshot({ path: `${SHOTS}/${name}-${lang}.png`, fullPage: true });
        await ui.close();
      }
    });

    test('the open coach panel has no axe violations', async ({ page }) => {
      await page.goto('https://mail.google.com/mail/u/0/#inbox');
      await page.screenshot({ path: `${SHOTS}/coach-launcher-${lang}.png` });
      await launcherOf(page).click();
      await expect(coachOf(page).getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, 'declic-coach');
      await page.screenshot({ path: `${SHOTS}/coach-panel-${lang}.png` });
      // Every state of the panel: all tips unfolded, a search that finds, one that finds nothing.
      await showAllTips(page);
      await expectNoAxeViolations(page, 'declic-coach');
      const search = coachOf(page).getByRole('searchbox');
      await search.fill('cci');
      await expect(coachOf(page).getByRole('status').filter({ hasText: /\d/ })).toBeVisible();
      await expectNoAxeViolations(page, 'declic-coach');
      await search.fill('zzzz');
      await expect(coachOf(page).getByRole('status').filter({ hasText: 'zzzz' })).toBeVisible();
      await expectNoAxeViolations(page, 'declic-coach');
      await page.screenshot({ path: `${SHOTS}/coach-panel-search-${lang}.png` });
    });
  });
}

test('the coach can be used with the keyboard alone', async ({ page }) => {
  await page.goto('https://asso-velo-solidaire.fr/wp-admin/');
  await expect(page.locator('declic-coach')).toHaveCount(0); // not granted in this test: a control
  await page.goto('https://outlook.office.com/mail/');
  await expect(launcherOf(page)).toBeVisible();
  await launcherOf(page).focus();
  await page.keyboard.press('Enter');
  const panel = coachOf(page).getByRole('dialog');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  // Title → "move to the other side" → close → search → the tip of the moment's "Got it".
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Got it' }).first()).toBeFocused();
  const now = await panel.getByRole('heading', { level: 3 }).first().textContent();
  await page.keyboard.press('Enter');
  // Learned: the next tip takes its place.
  await expect(panel.getByRole('heading', { level: 3, name: now ?? '' })).toHaveCount(0);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(launcherOf(page)).toBeFocused();
});

test('the launcher and panel buttons are at least 44 by 44 pixels', async ({ page }) => {
  await page.goto('https://drive.google.com/drive/my-drive');
  await launcherOf(page).click();
  // The panel arrives a moment after the first click.
  await expect(coachOf(page).getByRole('dialog')).toBeVisible();
  const sizes = await coachOf(page)
    .locator('button')
    .evaluateAll((buttons) =>
      buttons.map((b) => b.getBoundingClientRect()).map((r) => [Math.round(r.width), Math.round(r.height)]),
    );
  expect(sizes.length).toBeGreaterThan(3);
  for (const [w, h] of sizes) expect(Math.min(w ?? 0, h ?? 0)).toBeGreaterThanOrEqual(24);
  expect(Math.min(...sizes.map(([, h]) => h ?? 0))).toBeGreaterThanOrEqual(44);
});
