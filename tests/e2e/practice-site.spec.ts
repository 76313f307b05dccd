import { mkdirSync } from 'node:fs';
import { expect, test } from './harness/fixtures';
import { axeViolations, builtInGuides, followGuide, openPractice, startHere, ZOOM_200 } from './harness/practice-page';
import { exercise, KEYBOARD_PATHS } from './practice-site.keyboard';
import { SITE_ACTIONS } from './practice-site.steps';
import { space, W } from './practice-site.words';
import { t } from './real-apps/declic-words';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const TOOLS = ['wordpress-admin', 'google-forms', 'jitsi-meet'] as const;

for (const lang of ['fr', 'en'] as const) {
  const w = W[lang];
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    for (const tool of TOOLS) {
      for (const { guide } of builtInGuides(tool)) {
        test(`${guide.id} runs to its end on the ${tool} space, every ring found`, async ({ page, extensionId }) => {
          await openPractice(page, extensionId, tool);
          await page.screenshot({ path: `${SHOTS}/practice-${tool}-${lang}.png` });
          await startHere(page, lang, guide.title[lang]);
          const { anchored, found } = await followGuide(page, lang, guide, SITE_ACTIONS(lang)[guide.id]);
          expect(found).toBe(anchored);
          await page.screenshot({ path: `${SHOTS}/practice-${guide.id}-${lang}.png` });
        });
      }
    }

    test('the WordPress exercise passes on a draft and gives its hint on a published page', async ({
      page,
      extensionId,
    }) => {
      await openPractice(page, extensionId, 'wordpress-admin');
      const result = exercise(page, 'wordpress-admin-draft-first');
      const write = async () => {
        await space(page).getByRole('link', { name: w.pages, exact: true }).click();
        await space(page).locator('a.page-title-action').click();
        await space(page).getByRole('textbox', { name: w.addTitle }).fill(w.festival);
      };
      await write();
      await space(page).getByRole('button', { name: w.publish, exact: true }).click();
      await space(page).locator('.editor-post-publish-panel button.editor-post-publish-button').click();
      await expect(result).toContainText(t(lang, 'practice.wordpress-admin.exercise.draft.hint'));
      await space(page).getByRole('button', { name: w.switchToDraft }).click();
      await expect(result).toContainText(t(lang, 'practice.wordpress-admin.exercise.draft.done'));
    });

    test('the Jitsi exercise passes with a name and a tested micro, and gives its hint without', async ({
      page,
      extensionId,
    }) => {
      await openPractice(page, extensionId, 'jitsi-meet');
      const result = exercise(page, 'jitsi-meet-join-ready');
      await space(page).getByRole('button', { name: w.allow, exact: true }).click();
      await space(page).getByRole('button', { name: w.join }).click();
      await expect(result).toContainText(t(lang, 'practice.jitsi-meet.exercise.ready.hint'));
      await space(page).getByRole('button', { name: w.hangup }).click();
      await space(page).getByRole('button', { name: w.rejoin }).click();
      await space(page).getByRole('textbox', { name: w.name }).fill('Camille');
      await space(page).getByRole('button', { name: w.audioSettings }).click();
      await space(page).getByRole('radio').nth(1).check();
      await space(page).getByRole('button', { name: w.join }).click();
      await expect(result).toContainText(t(lang, 'practice.jitsi-meet.exercise.ready.done'));
    });

    test('the Google Forms exercise passes once « Adresse e-mail » is required and previewed', async ({
      page,
      extensionId,
    }) => {
      await openPractice(page, extensionId, 'google-forms');
      const result = exercise(page, 'google-forms-required-preview');
      await space(page).getByRole('button', { name: w.preview, exact: true }).click();
      await expect(result).toContainText(t(lang, 'practice.google-forms.exercise.required.hint'));
      await space(page)
        .getByRole('tab', { name: /Google Forms/ })
        .click();
      const email = space(page).locator('.gf-question').nth(1);
      await expect(email.getByRole('textbox', { name: w.question })).toHaveValue(w.email);
      await email.getByRole('switch', { name: w.required }).click();
      await space(page).getByRole('button', { name: w.preview, exact: true }).click();
      await expect(result).toContainText(t(lang, 'practice.google-forms.exercise.required.done'));
      await expect(space(page).getByText(w.email)).toBeVisible();
    });
  });

  test.describe(`in ${lang} at 200 %`, () => {
    test.use({ lang, display: ZOOM_200 });
    for (const tool of TOOLS) {
      test(`the ${tool} space has no axe violations and its exercise can be done by keyboard`, async ({
        page,
        extensionId,
      }) => {
        test.setTimeout(120_000);
        await openPractice(page, extensionId, tool);
        expect(await axeViolations(page)).toEqual([]);
        await KEYBOARD_PATHS[tool]?.(page, lang);
        await page.screenshot({ path: `${SHOTS}/practice-${tool}-zoom-${lang}.png`, fullPage: true });
      });
    }
  });
}
