import type { Page } from '@playwright/test';
import { LANGS } from './apps';
import { expect, test } from './real-browser';
import { openCompose, signIn } from './roundcube-site';

/**
 * The built-in "Hide addresses with Bcc" guide walked on the real Roundcube, as a volunteer does
 * it: step 3 points inside the headers menu that step 2's click opens. Doing step 2 (clicking the
 * "+") moves the guide on by itself, so no click on "Next" outside the menu closes it.
 */
const says = {
  fr: {
    start: /^Commencer le guide\s?: Cacher les adresses/,
    next: 'Suivant',
    step: 'Étape',
    missing: 'Je ne trouve pas',
  },
  en: { start: /^Start the guide: Hide addresses with Bcc/, next: 'Next', step: 'Step', missing: 'I cannot find' },
};

/** Where the guide's ring is: the volunteer clicks what it surrounds. */
async function clickRinged(page: Page): Promise<void> {
  const ring = page.locator('declic-coach .guide-ring');
  await expect(ring).toBeVisible();
  const box = await ring.boundingBox();
  if (!box) throw new Error('no ring');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

for (const lang of LANGS) {
  test(`Roundcube 1.6 (${lang}): the Bcc guide runs through the headers menu, every step found`, async ({
    openBrowser,
  }) => {
    const t = says[lang];
    const browser = await openBrowser(lang);
    const page = await browser.newPage();
    await signIn(page, lang);
    await openCompose(page, lang);
    await page
      .locator('declic-coach')
      .getByRole('button', { name: /^Déclic/ })
      .click();
    await page.getByRole('button', { name: t.start }).click();
    const step = (n: number) =>
      page.locator('declic-coach').getByRole('dialog', { name: `${t.step} ${n} ${lang === 'fr' ? 'sur' : 'of'} 6` });

    await expect(step(1)).toBeVisible();
    await step(1).getByRole('button', { name: t.next }).click();
    // Step 2: the "+" at the end of the To line; the volunteer clicks it, the menu opens.
    await expect(step(2)).toBeVisible();
    await clickRinged(page);
    // Step 3 comes by itself, inside the open menu: found, and the menu stays open.
    await expect(step(3)).toBeVisible();
    await expect(page.locator('declic-coach .guide-ring')).toBeVisible();
    await expect(step(3)).not.toContainText(t.missing);
    await clickRinged(page);
    // Step 4: the Bcc line Roundcube just added.
    await expect(step(4)).toBeVisible();
    await expect(page.locator('#compose_bcc')).toBeVisible();
    await expect(page.locator('declic-coach .guide-ring')).toBeVisible();
    await expect(step(4)).not.toContainText(t.missing);
  });
}
