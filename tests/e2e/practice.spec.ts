import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, launcherOf, test } from './harness/fixtures';
import {
  axeViolations,
  builtInGuides,
  calloutOf,
  followGuide,
  openPractice,
  startHere,
  ZOOM_200,
} from './harness/practice-page';
import { t } from './real-apps/declic-words';

const SHOTS = 'test-results/screenshots';

/** Presses Tab until `target` has the focus, as a keyboard user does; fails if it is never reached. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached with Tab');
}
mkdirSync(SHOTS, { recursive: true });
const SPACES = 7;

test.describe('from the coach', () => {
  test.use({ lang: 'fr' });

  test('« S’entraîner d’abord » on the real Gmail opens its practice space with the guide started', async ({
    browserWithDeclic,
    page,
  }) => {
    await page.goto('https://mail.google.com/mail/u/3/');
    await launcherOf(page).click();
    const attach = builtInGuides('gmail').find((entry) => entry.key === 'declic-essentials/gmail-send-attachment');
    if (!attach) throw new Error('the built-in attachment guide is gone');
    const title = attach.guide.title.fr;
    const opened = browserWithDeclic.context.waitForEvent('page');
    await page.getByRole('button', { name: t('fr', 'guide.practice-first-named', { title }) }).click();
    const practice = await opened;
    await expect(practice).toHaveURL(/\/practice\.html\?space=gmail&guide=declic-essentials%2Fgmail-send-attachment$/);
    await expect(practice.getByRole('banner')).toContainText(t('fr', 'practice.banner', { tool: 'Gmail' }));
    await expect(calloutOf(practice).locator('h2')).toHaveText(t('fr', 'guide.step', { n: 1, total: 5 }));
    await expect(calloutOf(practice).locator('.guide-title')).toHaveText(title);
  });
});

test.describe('where a volunteer finds them', () => {
  test.use({ lang: 'fr' });

  test('the welcome page and the settings lead to the practice spaces', async ({ page, extensionId }) => {
    for (const from of ['welcome', 'options']) {
      await page.goto(`chrome-extension://${extensionId}/${from}.html`);
      const offer = page.getByRole('region', { name: t('fr', 'practice.offer.title') });
      await expect(offer).toContainText(
        'Gmail, Roundcube, Google Drive, Nextcloud, WordPress, Google Forms et Jitsi Meet',
      );
      await offer.getByRole('link', { name: t('fr', 'practice.offer.link') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'practice.title'));
    }
  });
});

test.describe('progress', () => {
  test.use({ lang: 'en' });

  test('a guide followed on a practice space counts in “What I have learned”, and reset forgets it', async ({
    page,
    extensionId,
  }) => {
    const [preview] = builtInGuides('google-forms');
    if (!preview) throw new Error('no built-in Google Forms guide');
    await openPractice(page, extensionId, 'google-forms');
    await startHere(page, 'en', preview.guide.title.en);
    await followGuide(page, 'en', preview.guide);
    await expect(page.getByText(t('en', 'practice.guide.practised'))).toBeVisible();

    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const learned = page.getByRole('region', { name: t('en', 'learned.title') });
    await expect(learned).toContainText(`${t('en', 'practice.learned.guide')} ${preview.guide.title.en}`);
    await learned.getByRole('button', { name: t('en', 'learned.reset') }).click();
    await learned.getByRole('button', { name: t('en', 'learned.reset-yes') }).click();
    await expect(learned).toContainText(t('en', 'learned.none'));

    await page.goto(`chrome-extension://${extensionId}/practice.html`);
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByText(t('en', 'practice.progress.none'))).toHaveCount(SPACES);
  });
});

for (const lang of ['fr', 'en'] as const) {
  test.describe(`in ${lang} at 200 %`, () => {
    test.use({ lang, display: ZOOM_200 });

    test('the list and a space work with the keyboard alone, with no axe violations', async ({ page, extensionId }) => {
      test.setTimeout(90_000);
      await page.goto(`chrome-extension://${extensionId}/practice.html`);
      await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'practice.title'));
      await expect(page.getByRole('listitem')).toHaveCount(SPACES);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/practice-list-${lang}-zoom200.png` });

      // Tab to the first space's link, as the keyboard meets it, and open it.
      const open = page.getByRole('link', { name: t(lang, 'practice.open', { tool: 'Gmail' }) });
      await tabTo(page, open);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/space=gmail/);
      await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
      expect(await axeViolations(page)).toEqual([]);

      // A guide started from the keyboard takes the focus; Escape ends it and the focus comes back.
      const [first] = builtInGuides('gmail');
      if (!first) throw new Error('no built-in Gmail guide');
      const follow = page.getByRole('button', {
        name: t(lang, 'practice.guide.follow-named', { title: first.guide.title[lang] }),
      });
      await tabTo(page, follow);
      await page.keyboard.press('Enter');
      await expect(calloutOf(page).locator('h2')).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/practice-space-${lang}-zoom200.png` });
      await page.keyboard.press('Escape');
      await expect(calloutOf(page)).toHaveCount(0);
      await expect(page.getByRole('heading', { name: t(lang, 'practice.guides') })).toBeFocused();
    });
  });
}
