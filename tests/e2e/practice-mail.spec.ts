import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { builtInGuides, followGuide, openPractice } from './harness/practice-page';
import { afterGuide, OWN, pickFile, stepActions } from './practice-mail-steps';
import { t } from './real-apps/declic-words';

/**
 * The Gmail and Roundcube practice spaces: every built-in guide of both tools runs on its space
 * unchanged, each anchored step found; the exercises say done or give their hint; axe finds
 * nothing and the keyboard reaches everything at 200 % zoom.
 */
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const BOARD = [
  'presidente@example.org',
  'tresorier@example.org',
  'secretaire@example.org',
  'vice-president@example.org',
];

async function expectNoAxeViolations(page: Page) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const exerciseResult = (page: Page, id: string) => page.locator(`[data-exercise="${id}"] [role=status]`);

for (const lang of ['fr', 'en'] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    for (const tool of ['gmail', 'roundcube'] as const) {
      test(`every built-in ${tool} guide completes on its space, each anchored step found`, async ({
        page,
        extensionId,
      }) => {
        test.setTimeout(120_000);
        const guides = builtInGuides(tool);
        expect(guides.length).toBe(4);
        for (const { key, guide } of guides) {
          await openPractice(page, extensionId, tool, key);
          const { anchored, found } = await followGuide(page, lang, guide, stepActions(lang)[key]);
          expect(found, key).toBe(anchored);
          await afterGuide(lang)[key]?.(page);
        }
      });
    }

    test('the exercises give their hint when not right yet, and say done when right', async ({ page, extensionId }) => {
      test.setTimeout(90_000);
      const gm = (key: string) => t(lang, `practice.gmail.ui.${key}`);
      await openPractice(page, extensionId, 'gmail');
      const compose = page.getByRole('dialog', { name: gm('new-message') });
      const send = async (fields: Record<string, string>) => {
        await page.getByRole('button', { name: gm('compose'), exact: true }).click();
        if (fields.bcc) await compose.getByRole('button', { name: gm('bcc'), exact: true }).click();
        for (const [field, value] of Object.entries(fields))
          await compose.getByLabel(gm(field), { exact: true }).fill(value);
        await compose.getByRole('button', { name: gm('send'), exact: true }).click();
        await expect(compose).toHaveCount(0);
      };
      const result = exerciseResult(page, 'gmail-bcc-board');
      await send({ to: BOARD.join(', ') });
      await expect(result).toContainText(t(lang, 'practice.gmail.exercise.bcc-board.hint'));
      await send({ to: OWN, bcc: BOARD.slice(0, 3).join(', ') });
      await expect(result).toContainText(t(lang, 'practice.gmail.exercise.bcc-board.hint'));
      await send({ to: OWN, bcc: BOARD.join(', ') });
      await expect(result).toContainText(t(lang, 'practice.gmail.exercise.bcc-board.done'));
      // What was « sent » is in « Messages envoyés », and nowhere else.
      await page.getByRole('link', { name: gm('sent') }).click();
      await expect(page.locator('.gm-row')).toHaveCount(3);

      const rc = (key: string) => t(lang, `practice.roundcube.ui.${key}`);
      await openPractice(page, extensionId, 'roundcube');
      const vacation = exerciseResult(page, 'roundcube-vacation');
      await page.locator('#taskmenu a.settings').click();
      await page.getByRole('link', { name: rc('vacation') }).click();
      await page
        .locator('[name=vacation_subject]')
        .fill(lang === 'fr' ? 'Absente jusqu’au 15 août' : 'Away until 15 August');
      await page.locator('[name=vacation_reason]').fill('Claire Martin : claire.martin@example.org');
      await page.getByRole('button', { name: rc('save'), exact: true }).click();
      await expect(vacation).toContainText(t(lang, 'practice.roundcube.exercise.vacation.hint'));
      await page.locator('[name=vacation_status]').selectOption('on');
      await page.getByRole('button', { name: rc('save'), exact: true }).click();
      await expect(vacation).toContainText(t(lang, 'practice.roundcube.exercise.vacation.done'));
    });

    test('both spaces at 200 % zoom: no axe violations, and the keyboard alone sends a message', async ({
      page,
      extensionId,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 683, height: 410 });
      const gm = (key: string) => t(lang, `practice.gmail.ui.${key}`);
      await openPractice(page, extensionId, 'gmail');
      await page.locator('.gm-space').screenshot({ path: `${SHOTS}/practice-gmail-zoom-${lang}.png` });
      await expectNoAxeViolations(page);
      // By keyboard: « Nouveau message », the address, Cci, Objet, a file, « Envoyer ».
      await page.getByRole('button', { name: gm('compose'), exact: true }).focus();
      await page.keyboard.press('Enter');
      const compose = page.getByRole('dialog', { name: gm('new-message') });
      await expect(compose.getByLabel(gm('to'), { exact: true })).toBeFocused();
      await page.keyboard.type(OWN);
      await page.keyboard.press('Tab'); // Cc
      await page.keyboard.press('Tab'); // Cci
      await page.keyboard.press('Enter');
      await expect(compose.getByLabel(gm('bcc'), { exact: true })).toBeFocused();
      await page.keyboard.type(BOARD.join(', '));
      await page.keyboard.press('Tab');
      await expect(compose.locator('[name=subjectbox]')).toBeFocused();
      await page.keyboard.type('AG');
      await page.keyboard.press('Tab'); // body
      await page.keyboard.press('Tab'); // « Envoyer »
      await page.keyboard.press('Tab'); // « Joindre des fichiers »
      await expect(compose.getByRole('button', { name: gm('attach') })).toBeFocused();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Space'); // the first sample file
      await page.keyboard.press('Tab'); // « Ouvrir »
      await page.keyboard.press('Enter');
      await expect(compose.getByText(t(lang, 'practice.gmail.picker.file.minutes'))).toBeVisible();
      await expectNoAxeViolations(page);
      await page.locator('.gm-space').screenshot({ path: `${SHOTS}/practice-gmail-compose-zoom-${lang}.png` });
      await page.keyboard.press('Control+Enter');
      await expect(page.getByRole('status').filter({ hasText: gm('sent-toast') })).toBeVisible();
      await expect(exerciseResult(page, 'gmail-bcc-board')).toContainText(
        t(lang, 'practice.gmail.exercise.bcc-board.done'),
      );

      const rc = (key: string) => t(lang, `practice.roundcube.ui.${key}`);
      await openPractice(page, extensionId, 'roundcube');
      await page.locator('.rc-space').screenshot({ path: `${SHOTS}/practice-roundcube-zoom-${lang}.png` });
      await expectNoAxeViolations(page);
      // By keyboard: « Rédiger » (Space, as on a button), the address, « + » → Cci, the file, « Envoyer ».
      await page.locator('#taskmenu a.compose').focus();
      await page.keyboard.press('Space');
      await expect(page.locator('#_to')).toBeFocused();
      await page.keyboard.type(OWN);
      await page.keyboard.press('Tab');
      await expect(page.locator('a[href="#add-header"]')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('menuitem', { name: rc('cc'), exact: true })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.locator('#_bcc')).toBeFocused();
      await page.keyboard.type(BOARD.join(', '));
      await page.locator('#messagetoolbar a.attach').focus();
      await page.keyboard.press('Enter');
      const name = await pickFile(page, lang);
      await expect(page.locator('#messagetoolbar a.attach')).toBeFocused();
      await expectNoAxeViolations(page);
      await page.locator('.rc-space').screenshot({ path: `${SHOTS}/practice-roundcube-compose-zoom-${lang}.png` });
      await page.locator('.formbuttons .send').focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#messagestack')).toHaveText(rc('message-sent'));
      await expect(page.locator('#messagelist')).toContainText(OWN);
      expect(name).toBeTruthy();
    });

    test('a look at both spaces at full size', async ({ page, extensionId }) => {
      await openPractice(page, extensionId, 'gmail');
      await page.locator('.gm-row button').first().click();
      await page.getByRole('button', { name: t(lang, 'practice.gmail.ui.more'), exact: true }).click();
      await expect(page.getByRole('menuitem', { name: t(lang, 'practice.gmail.ui.phishing') })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/practice-gmail-${lang}.png`, fullPage: true });
      await openPractice(page, extensionId, 'roundcube');
      await page.locator('#messagelist button').first().click();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/practice-roundcube-${lang}.png`, fullPage: true });
    });
  });
}
