import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { openPractice } from './harness/practice-page';
import { exerciseOf, gd, nc, spaceOf } from './practice-drive/words';

/**
 * The Drive and Nextcloud spaces at 200 % zoom (683 × 410 CSS pixels): no axe violations with
 * their menus and dialogs open, and the exercise done by keyboard alone, the focus always shown.
 */
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

async function noViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The focused element, its name and whether a focus ring is drawn around it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { text: el.getAttribute('aria-label') || el.textContent?.trim(), ring: style.outlineStyle !== 'none' };
  });

/** Presses Tab until the focus is on the element named so (at most 30 times), checking its ring. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.text === name) {
      expect(now.ring, name).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${name}`);
}

for (const lang of ['fr', 'en'] as const) {
  test.describe(`in ${lang}, at 200 % zoom`, () => {
    test.use({ lang, display: { width: 683, height: 410, deviceScaleFactor: 2 } });

    test('Drive: axe finds nothing, and Marie is shared read-only by keyboard', async ({ page, extensionId }) => {
      await openPractice(page, extensionId, 'google-drive');
      await noViolations(page);
      await spaceOf(page).screenshot({ path: `${SHOTS}/practice-google-drive-${lang}-200.png` });
      const item = gd(lang, 'item.accounts');
      await tabTo(page, gd(lang, 'more', { name: item }));
      await page.keyboard.press('Enter');
      await expect(spaceOf(page).getByRole('menuitem', { name: gd(lang, 'menu.download') })).toBeFocused();
      await noViolations(page);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await expect(spaceOf(page).locator('.kit-submenu [role=menuitem]').first()).toBeFocused();
      await page.keyboard.press('Enter');
      const field = spaceOf(page).getByRole('combobox', { name: gd(lang, 'share.add') });
      await expect(field).toBeFocused();
      await page.keyboard.type('marie');
      await page.keyboard.press('Enter');
      await noViolations(page);
      await tabTo(page, `${gd(lang, 'role.editor')} – ${gd(lang, 'share.role-new')}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await tabTo(page, gd(lang, 'send'));
      await page.keyboard.press('Enter');
      await expect(exerciseOf(page, 'google-drive-share-read-only')).toContainText(gd(lang, 'exercise.read-only.done'));
      await expect(field).toBeFocused();
      await noViolations(page);
      await page.screenshot({ path: `${SHOTS}/practice-google-drive-share-${lang}-200.png` });
      await page.keyboard.press('Escape');
      await expect(spaceOf(page).getByRole('dialog')).toHaveCount(0);
    });

    test('Nextcloud: axe finds nothing, and a file is uploaded and a view-only link made by keyboard', async ({
      page,
      extensionId,
    }) => {
      await openPractice(page, extensionId, 'nextcloud');
      await noViolations(page);
      await spaceOf(page).screenshot({ path: `${SHOTS}/practice-nextcloud-${lang}-200.png` });
      await tabTo(page, nc(lang, 'new'));
      await page.keyboard.press('Enter');
      await expect(spaceOf(page).getByRole('menuitem', { name: nc(lang, 'new.upload-files') })).toBeFocused();
      await noViolations(page);
      await page.keyboard.press('Enter');
      await expect(spaceOf(page).getByRole('dialog', { name: nc(lang, 'picker.title') })).toBeVisible();
      await noViolations(page);
      await tabTo(page, nc(lang, 'picker.open'));
      await page.keyboard.press('Enter');
      await expect(spaceOf(page).getByRole('button', { name: nc(lang, 'file.invoice'), exact: true })).toBeVisible();
      const photos = nc(lang, 'item.party-photos');
      await tabTo(page, nc(lang, 'share.status', { name: photos }));
      await page.keyboard.press('Enter');
      await expect(spaceOf(page).getByRole('tab', { name: nc(lang, 'tab.sharing') })).toBeFocused();
      await tabTo(page, nc(lang, 'share.create'));
      await page.keyboard.press('Enter');
      await expect(exerciseOf(page, 'nextcloud-view-only-link')).toContainText(nc(lang, 'exercise.view-only.done'));
      await expect(spaceOf(page).getByRole('button', { name: nc(lang, 'permission.view'), exact: true })).toBeFocused();
      await noViolations(page);
      await page.screenshot({ path: `${SHOTS}/practice-nextcloud-share-${lang}-200.png` });
    });
  });
}
