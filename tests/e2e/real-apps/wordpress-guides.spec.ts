import type { Page } from '@playwright/test';
import { LANGS } from './apps';
import { expect, test } from './real-browser';
import { builtInGuide, clickRinged, walkGuide } from './walk-guide';
import { signIn, titleField, wordpress } from './wordpress-site';

/** A 1×1 PNG: the picture the volunteer takes "from their computer". */
const PICTURE = {
  name: 'affiche.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
};

const typeTitle = (title: string) => async (page: Page) => {
  await titleField(page).click();
  await page.keyboard.type(title);
};

/**
 * WordPress's built-in guides walked on the real WordPress 6.1, each step done as a volunteer does
 * it: "publish a page" crosses two page loads (the menu, then "Add New") before the block editor;
 * "add an image" goes through the block inserter, a panel its step 2 opens.
 */
for (const lang of LANGS) {
  const { url } = wordpress(lang);

  test(`WordPress 6.1 (${lang}): "publish a page" from the dashboard to a published page`, async ({
    openBrowser,
  }, testInfo) => {
    const page = await (await openBrowser(lang)).newPage();
    await signIn(page, lang);
    const title = `Déclic ${lang} ${Date.now()}`;
    await walkGuide(
      page,
      lang,
      builtInGuide('wordpress-admin', 'wordpress-admin-publish-page'),
      [
        'click',
        'click',
        typeTitle(title),
        async (p) => {
          // "Click below": the editor's empty first block.
          await p.locator('.block-editor-default-block-appender__content').click();
          await p.keyboard.type('Une page écrite en suivant le guide.');
        },
        'click',
        'click',
      ],
      testInfo,
    );
    await expect(page.locator('.post-publish-panel__postpublish')).toBeVisible();
    // Searched by its title: every run adds pages, and the list (by title, 20 a screen) would
    // soon put this one on a later screen.
    await page.goto(url(`/wp-admin/edit.php?post_type=page&post_status=publish&s=${encodeURIComponent(title)}`));
    await expect(page.locator('#the-list a.row-title').getByText(title, { exact: true })).toBeVisible();
  });

  test(`WordPress 6.1 (${lang}): "add an image" through the block inserter, every step found`, async ({
    openBrowser,
  }, testInfo) => {
    const page = await (await openBrowser(lang)).newPage();
    await signIn(page, lang);
    await page.goto(url('/wp-admin/post-new.php'));
    await expect(titleField(page)).toBeVisible();
    await walkGuide(
      page,
      lang,
      builtInGuide('wordpress-admin', 'wordpress-admin-add-image'),
      [
        typeTitle(`Image ${lang} ${Date.now()}`),
        'click',
        async (p) => {
          // The inserter's search field has the focus: "image", then the Image block.
          await p.keyboard.type('image');
          await clickRinged(p);
          return 'moved';
        },
        (p) => p.locator('.block-editor-media-placeholder input[type="file"]').first().setInputFiles(PICTURE),
        async (p) => {
          await expect(p.locator('.wp-block-image img')).toBeVisible();
          // "On the right": the settings sidebar, which the volunteer opens with its button when
          // the editor started with it closed (WordPress keeps that choice per user).
          const alt = p.locator('.block-editor-block-inspector textarea').first();
          const settings = p.locator('.edit-post-header button[aria-pressed]').last();
          if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
          await expect(alt).toBeVisible();
          await alt.fill('Affiche de la bourse aux vélos');
        },
        async (p) => {
          await p.locator('.editor-post-save-draft').click();
          await expect(p.locator('.editor-post-saved-state.is-saved')).toBeVisible();
        },
      ],
      testInfo,
    );
    await expect(page.locator('.wp-block-image img')).toBeVisible();
  });
}
