import { expect, type Page } from '@playwright/test';
import type { StepActions } from './harness/practice-page';
import { type Lang, space, W } from './practice-site.words';

/** Waits for the guide's ring to surround an element that just moved (a list filtered under it). */
async function ringAround(page: Page, selector: string) {
  const target = space(page).locator(selector);
  await expect
    .poll(async () => {
      const ring = await page.locator('declic-coach .guide-ring').boundingBox();
      const box = await target.boundingBox();
      if (!ring || !box) return false;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      return x > ring.x && x < ring.x + ring.width && y > ring.y && y < ring.y + ring.height;
    })
    .toBe(true);
}

/** What each guide's steps ask for by hand, done as the step's text says (by step index). */
export const SITE_ACTIONS = (lang: Lang): Record<string, StepActions> => {
  const w = W[lang];
  const at = (page: Page) => space(page);
  return {
    'wordpress-admin-publish-page': {
      2: async (page) => {
        await at(page).getByRole('textbox', { name: w.addTitle }).click();
        await page.keyboard.type(w.festival);
      },
      3: async (page) => {
        await at(page).locator('textarea.wp-block').first().click();
        await page.keyboard.type(w.text);
        await page.keyboard.press('Enter');
        await page.keyboard.type('…');
        await expect(at(page).locator('textarea.wp-block')).toHaveCount(2);
      },
    },
    'wordpress-admin-add-image': {
      0: async (page) => {
        await at(page).locator('textarea.wp-block').first().click();
      },
      2: async (page) => {
        await at(page).getByRole('searchbox').fill('image');
        await expect(at(page).locator('.block-editor-block-types-list__item')).toHaveCount(1);
        await ringAround(page, 'button.editor-block-list-item-image');
      },
      3: async (page) => {
        await at(page).getByRole('button', { name: w.library }).click();
        await at(page).getByRole('dialog').getByRole('button').filter({ hasText: '.jpg' }).first().click();
        await at(page).getByRole('button', { name: w.select }).click();
        await expect(at(page).locator('.wp-block-image img')).toBeVisible();
      },
      4: async (page) => {
        await at(page).locator('.wp-image-select').click();
        await at(page).getByRole('button', { name: w.settings }).click();
        await at(page).getByRole('textbox', { name: w.alt }).fill('Des voisins à la fête');
      },
      5: async (page) => {
        await at(page).getByRole('button', { name: w.saveDraft }).click();
      },
    },
    'jitsi-meet-join-test-mic': {
      1: async (page) => {
        await at(page).getByRole('button', { name: w.allow, exact: true }).click();
      },
      2: async (page) => {
        await at(page).getByRole('textbox', { name: w.name }).fill('Camille Martin');
      },
      3: async (page) => {
        await at(page).getByRole('button', { name: w.audioSettings }).click();
        await at(page).getByRole('radio').nth(1).check();
        await expect(at(page).getByText(w.micTested)).toBeVisible();
      },
    },
    'jitsi-meet-share-screen': {
      2: async (page) => {
        await at(page).getByRole('radio', { name: w.document }).check();
      },
      3: async (page) => {
        await at(page).getByRole('button', { name: w.shareNow, exact: true }).click();
        await expect(at(page).getByRole('button', { name: w.stopShare })).toBeVisible();
      },
      4: async (page) => {
        await at(page).getByRole('button', { name: w.stopShare }).click();
        await expect(at(page).getByRole('button', { name: w.share })).toBeVisible();
      },
    },
    'google-forms-preview-form': {
      0: async (page) => {
        await at(page).getByRole('button', { name: w.preview, exact: true }).click();
      },
      1: async (page) => {
        await expect(at(page).getByRole('tab', { selected: true })).not.toContainText('Google Forms');
      },
      2: async (page) => {
        const answers = at(page).getByRole('form');
        await answers.getByRole('textbox').first().fill('Camille Martin');
        await answers.getByRole('textbox').nth(1).fill('camille@example.org');
        await answers.getByRole('radio').first().check();
        await answers.getByRole('button', { name: w.submit }).click();
        await expect(at(page).getByText(w.recorded)).toBeVisible();
      },
      3: async (page) => {
        await at(page)
          .getByRole('tab', { name: /Google Forms/ })
          .click();
      },
      4: async (page) => {
        await at(page).getByRole('button', { name: w.send, exact: true }).click();
        await expect(at(page).getByRole('dialog')).toBeVisible();
        await at(page).getByRole('button', { name: w.cancel }).click();
      },
    },
  };
};
