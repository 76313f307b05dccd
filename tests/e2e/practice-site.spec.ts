import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { builtInGuides, followGuide, openPractice, startHere } from './harness/practice-page';
import { SITE_ACTIONS, space, W } from './practice-site.steps';
import { t } from './real-apps/declic-words';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const TOOLS = ['wordpress-admin', 'google-forms', 'jitsi-meet'] as const;

const exercise = (page: Page, id: string) => page.locator(`[data-exercise="${id}"] [role="status"]`);

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .include('.practice-space')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on `target`, as a keyboard user would; every
 * control met on the way inside the space must show a focus ring.
 */
async function tabTo(page: Page, target: Locator, back = false) {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el?.closest('.practice-space')) return 'outside';
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2 ? 'ring' : el.outerHTML;
    });
    if (ring !== 'outside') expect(ring).toBe('ring');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`never reached ${target}`);
}

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

    test('at 200 % zoom each space has no axe violations and its exercise can be done by keyboard', async ({
      page,
      extensionId,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 683, height: 410 });
      // WordPress: menu, « Ajouter une page », title, text, « Enregistrer le brouillon ».
      await openPractice(page, extensionId, 'wordpress-admin');
      await expectNoAxeViolations(page);
      await tabTo(page, space(page).getByRole('link', { name: w.pages, exact: true }));
      await page.keyboard.press('Enter');
      await tabTo(page, space(page).locator('a.page-title-action'));
      await page.keyboard.press('Enter');
      await expect(space(page).getByRole('textbox', { name: w.addTitle })).toBeFocused();
      await page.keyboard.type(w.festival);
      await page.keyboard.press('Enter');
      await page.keyboard.type(w.text);
      await tabTo(page, space(page).getByRole('button', { name: w.inserter }), true);
      await page.keyboard.press('Enter');
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await tabTo(page, space(page).getByRole('button', { name: w.saveDraft }));
      await page.keyboard.press('Enter');
      await expect(exercise(page, 'wordpress-admin-draft-first')).toContainText(
        t(lang, 'practice.wordpress-admin.exercise.draft.done'),
      );
      await space(page).getByRole('button', { name: w.publish, exact: true }).click();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/practice-wordpress-admin-zoom-${lang}.png`, fullPage: true });

      // Jitsi: « Autoriser », the name, the micro's arrow and list, « Rejoindre la réunion ».
      await openPractice(page, extensionId, 'jitsi-meet');
      await expectNoAxeViolations(page);
      await tabTo(page, space(page).getByRole('button', { name: w.allow, exact: true }));
      await page.keyboard.press('Enter');
      await tabTo(page, space(page).getByRole('textbox', { name: w.name }));
      await page.keyboard.type('Camille');
      await tabTo(page, space(page).getByRole('button', { name: w.audioSettings }));
      await page.keyboard.press('Enter');
      await tabTo(page, space(page).getByRole('radio').first());
      await page.keyboard.press('ArrowDown');
      await expectNoAxeViolations(page);
      await tabTo(page, space(page).locator('[data-testid="prejoin.joinMeeting"]'), true);
      await page.keyboard.press('Enter');
      await expect(exercise(page, 'jitsi-meet-join-ready')).toContainText(
        t(lang, 'practice.jitsi-meet.exercise.ready.done'),
      );
      await tabTo(page, space(page).getByRole('button', { name: w.share }));
      await page.keyboard.press('Enter');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/practice-jitsi-meet-zoom-${lang}.png`, fullPage: true });
      await page.keyboard.press('Escape');

      // Google Forms: the « Obligatoire » switch of the e-mail question, then « Aperçu ».
      await openPractice(page, extensionId, 'google-forms');
      await expectNoAxeViolations(page);
      await tabTo(page, space(page).getByRole('switch', { name: w.required }).nth(1));
      await page.keyboard.press('Space');
      await tabTo(page, space(page).getByRole('button', { name: w.preview, exact: true }), true);
      await page.keyboard.press('Enter');
      await expect(exercise(page, 'google-forms-required-preview')).toContainText(
        t(lang, 'practice.google-forms.exercise.required.done'),
      );
      await tabTo(page, space(page).getByRole('button', { name: w.submit }));
      await page.keyboard.press('Enter');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/practice-google-forms-zoom-${lang}.png`, fullPage: true });
    });
  });
}
