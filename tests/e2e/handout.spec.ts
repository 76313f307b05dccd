import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BUILD_DIR } from './harness/browser';
import { expect, test } from './harness/fixtures';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

type Text = { fr: string; en: string };
const essentials = JSON.parse(readFileSync(join(BUILD_DIR, 'packs', 'declic-essentials.json'), 'utf8')) as {
  guides: { id: string; title: Text; steps: { text: Text }[] }[];
};
const guide = essentials.guides.find((g) => g.id === 'gmail-send-attachment');
if (!guide) throw new Error('the built-in pack has no gmail-send-attachment guide');

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    test('a guide of the settings prints in large type: every step, the words of the buttons in bold', async ({
      page,
      extensionId,
    }) => {
      test.setTimeout(90_000);
      const words =
        lang === 'fr'
          ? { contents: 'Voir le contenu et imprimer les guides', link: 'Imprimer en grand', print: 'Imprimer' }
          : { contents: 'See the contents and print the guides', link: 'Print in large type', print: 'Print' };
      await page.bringToFront();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      const pack = page.locator('[data-pack-id="declic-essentials"]');
      await pack.getByText(words.contents).click();
      await pack.getByRole('link', { name: `${words.link} (${guide.title[lang]}, Gmail)` }).click();

      await expect(page).toHaveURL(/\/handout\.html\?guide=declic-essentials%2Fgmail-send-attachment$/);
      await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title[lang]);
      await expect(page.getByText(/Gmail$/)).toBeVisible();
      const steps = page.locator('ol.handout-steps > li');
      await expect(steps).toHaveText(guide.steps.map((step) => step.text[lang]));
      // The first step's button, « Nouveau message » / "Compose", is in bold, with its quotes.
      await expect(steps.first().locator('strong')).toHaveText(
        lang === 'fr' ? '«\u202fNouveau message\u202f»' : '"Compose"',
      );
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/handout-${lang}.png`, fullPage: true });

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: words.print })).toBeHidden();
      await expect(steps).toHaveCount(guide.steps.length);
      const size = await steps.first().evaluate((li) => Number.parseFloat(getComputedStyle(li).fontSize));
      expect(size).toBeGreaterThanOrEqual(28); // 22 pt
      await page.screenshot({ path: `${SHOTS}/handout-print-${lang}.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await expect(page.getByRole('button', { name: words.print })).toBeVisible();
    });
  });
}

test('a guide that is not there says so in plain words', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/handout.html?guide=no-pack%2Fno-guide`);
  await expect(page.getByText('This guide cannot be found. Its tip pack may have been removed.')).toBeVisible();
  await expectNoAxeViolations(page);
});
