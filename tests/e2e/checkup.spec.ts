import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  answerAll,
  expectNoAxeViolations,
  openCheckup,
  questionIds,
  questionText,
  storedCheckups,
  zoom200,
} from './harness/checkup-page';
import { expect, test } from './harness/fixtures';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

// Heaviest first: 3 × « no » 3 = 9, then two 6 (the heavier question first), then 1 × « partly » 1.
const WEAK = {
  'safety-2fa': 'no',
  'data-bcc': 'no',
  'backups-copy': 'unknown',
  'communication-channels': 'partly',
} as const;
const RISK_ORDER = ['safety-2fa', 'backups-copy', 'data-bcc', 'communication-channels'];

test('a check-up gives strengths, risks in order and next steps with links, and prints plainly', async ({
  browserWithDeclic,
  extensionId,
}) => {
  const page = await openCheckup(browserWithDeclic.context, extensionId);
  await expect(page.getByText('Your answers stay on this computer. Déclic sends nothing.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the check-up' }).click();
  await page.getByLabel(/^Name of the association/).fill('Les Amis du Parc');
  await answerAll(page, WEAK);
  await page.getByRole('button', { name: 'See the report' }).click();

  await expect(page.getByRole('heading', { name: `${questionIds.length - 4} strengths` })).toBeVisible();
  await expect(page.getByText('Les Amis du Parc')).toBeVisible();
  const risks = page.locator('.checkup-risks > li .checkup-question-text');
  await expect(risks).toHaveText(RISK_ORDER.map((id) => questionText(id)));
  await expect(page.locator('.checkup-risks > li').first()).toContainText('High risk');
  await expect(page.locator('.checkup-risks > li').first()).toContainText('Your answer: No.');
  const steps = page.locator('.checkup-next > li');
  await expect(steps).toHaveCount(4);
  // « Cci »: the Gmail guide opens in its practice space, and the CNIL explains why.
  const bcc = steps.nth(2);
  await expect(
    bcc.getByRole('link', { name: 'Practise with Déclic: "Hide addresses with Bcc" (Gmail)' }),
  ).toHaveAttribute('href', '/practice.html?space=gmail&guide=declic-essentials%2Fgmail-bcc');
  await expect(bcc.getByRole('link', { name: /^CNIL/ })).toHaveAttribute('href', /^https:\/\/www\.cnil\.fr\//);
  await expect(
    steps
      .first()
      .getByRole('link', { name: /^Cybermalveillance/ })
      .first(),
  ).toHaveAttribute('href', /^https:\/\/www\.cybermalveillance\.gouv\.fr\//);
  await expect(page.getByRole('heading', { name: /^What changed since/ })).toHaveCount(0);
  // The link opens the practice space in a new tab, the report stays.
  const [practice] = await Promise.all([
    browserWithDeclic.context.waitForEvent('page'),
    bcc.getByRole('link', { name: /Hide addresses with Bcc" \(Gmail\)/ }).click(),
  ]);
  await expect(practice).toHaveURL(/\/practice\.html\?space=gmail&guide=declic-essentials%2Fgmail-bcc$/);
  await expect(practice.getByRole('heading', { level: 1 })).toBeVisible();
  await practice.close();
  await page.bringToFront();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Save as PDF or print' })).toBeHidden();
  const after = await bcc
    .getByRole('link', { name: /^CNIL/ })
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://www.cnil.fr/');
  await page.screenshot({ path: `${SHOTS}/checkup-report-print-en.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Save as PDF or print' })).toBeVisible();
});

test('export gives a file that imports back; a broken file changes nothing; a second check-up says what changed', async ({
  browserWithDeclic,
  extensionId,
}) => {
  const page = await openCheckup(browserWithDeclic.context, extensionId);
  await page.getByRole('button', { name: 'Start the check-up' }).click();
  await answerAll(page, WEAK);
  await page.getByRole('button', { name: 'See the report' }).click();
  await page.getByRole('button', { name: 'Back to the check-up' }).click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the answers' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^diagnostic-association-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(exported).checkups).toEqual(await storedCheckups(page));

  // A broken file: a plain message, and the kept check-up is still there.
  const input = page.locator('input[type="file"]');
  await input.setInputFiles({ name: 'reponses.json', mimeType: 'application/json', buffer: Buffer.from('{ broken') });
  await expect(page.getByRole('alert')).toHaveText(
    'The file "reponses.json" cannot be read. Ask the person to send it again. Your check-ups have not changed.',
  );
  const damaged = JSON.parse(exported);
  damaged.checkups[0].answers['safety-2fa'] = 'maybe';
  await input.setInputFiles({
    name: 'abime.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(damaged)),
  });
  await expect(page.getByRole('alert')).toContainText('The file "abime.json" is damaged');
  expect(await storedCheckups(page)).toHaveLength(1);
  await expect(page.getByRole('button', { name: /^See the report of/ })).toHaveCount(1);

  // The file read back on a computer that has none (the référent's): the same report.
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> } } } }
    ).chrome.storage.local.remove('checkups'),
  );
  await expect(page.getByText('No check-up finished yet.')).toBeVisible();
  await input.setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(page.getByRole('status').filter({ hasText: 'opened' })).toContainText('1 check-up added to the list.');
  await page.getByRole('button', { name: /^See the report of/ }).click();
  await expect(page.locator('.checkup-risks > li .checkup-question-text')).toHaveText(
    RISK_ORDER.map((id) => questionText(id)),
  );

  // Six months later: two-step verification on, the Bcc forgotten.
  await page.getByRole('button', { name: 'Back to the check-up' }).click();
  await page.getByRole('button', { name: 'Do a new check-up' }).click();
  await answerAll(page, { 'data-bcc': 'no', 'backups-copy': 'no', 'website-legal': 'unknown' });
  await page.getByRole('button', { name: 'See the report' }).click();
  const changes = page.locator('section', { has: page.getByRole('heading', { name: /^What changed since/ }) });
  await expect(changes.getByRole('heading', { name: '2 answers better' })).toBeVisible();
  await expect(changes.locator('.checkup-change-better li').first()).toContainText(questionText('safety-2fa'));
  await expect(changes.locator('.checkup-change-better li').first()).toContainText('Before: No. Now: Yes.');
  await expect(changes.getByRole('heading', { name: '2 answers worse' })).toBeVisible();
  await expect(changes.locator('.checkup-change-worse')).toContainText('Before: Don’t know. Now: No.');
  await expect(changes).toContainText(`${questionIds.length - 4} answers unchanged.`);
  expect(await storedCheckups(page)).toHaveLength(2);
});

test('the whole check-up is done with the keyboard alone', async ({ browserWithDeclic, extensionId }) => {
  const page = await openCheckup(browserWithDeclic.context, extensionId);
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  const tabTo = async (name: string) => {
    for (let presses = 0; presses < 20 && (await focused()) !== name; presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(name);
  };
  await tabTo('Start the check-up');
  await page.keyboard.press('Enter');
  // The questions start at the title; then one Tab stop per group, Space picks « Yes », → moves on to « Partly ».
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab'); // the association's name
  for (const [index, id] of questionIds.entries()) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`input[name="${id}"][value="yes"]`)).toBeFocused();
    await page.keyboard.press(index === 0 ? 'ArrowRight' : 'Space');
  }
  await expect(page.locator(`input[name="${questionIds[0]}"][value="partly"]`)).toBeChecked();
  await expect(page.getByRole('status')).toContainText(`${questionIds.length} answers of ${questionIds.length}.`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'See the report' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '1 risk, the most important first' })).toBeVisible();
  await expect(page.locator('.checkup-risks > li').first()).toContainText(questionText(questionIds[0] ?? ''));
  await tabTo('Back to the check-up');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^See the report of/ })).toBeVisible();
});

for (const lang of ['en', 'fr'] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    test('the intro, the questions and the report have no axe violations at 200 % zoom', async ({
      browserWithDeclic,
      extensionId,
    }) => {
      test.setTimeout(90_000);
      const page = await openCheckup(browserWithDeclic.context, extensionId);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const cdp = await zoom200(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      await expectNoAxeViolations(page);
      await page.locator('.checkup-home button.primary').click();
      for (const id of questionIds)
        await page.locator(`input[name="${id}"][value="${id === 'safety-2fa' ? 'no' : 'yes'}"]`).check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      await expectNoAxeViolations(page);
      await page.locator('fieldset').nth(6).scrollIntoViewIfNeeded();
      const questions = await cdp.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(`${SHOTS}/checkup-questions-${lang}-200.png`, Buffer.from(questions.data, 'base64'));
      await page.locator('.checkup-actions button.primary').click();
      await expect(page.locator('.checkup-risks > li')).toHaveCount(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      await expectNoAxeViolations(page);
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(`${SHOTS}/checkup-report-${lang}-200.png`, Buffer.from(data, 'base64'));
    });
  });
}
