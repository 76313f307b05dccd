import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { BUILD_DIR, type Launched } from './harness/browser';
import { expect, test } from './harness/fixtures';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
type Chrome = { chrome: typeof browser };
const { questions } = JSON.parse(readFileSync('diagnostics/volunteer.json', 'utf8')) as {
  questions: { question: { fr: string }; answers: { text: { fr: string; en: string }; points: number }[] }[];
};

/** The guides the built extension ships, by `packId/guideId`, with their competence. */
const shippedGuides = new Map(
  ['declic-essentials', 'declic-vie-asso'].flatMap((id) => {
    const pack = JSON.parse(readFileSync(join(BUILD_DIR, 'packs', `${id}.json`), 'utf8'));
    return (pack.guides as { id: string; competence?: string }[]).map((g) => [`${id}/${g.id}`, g.competence]);
  }),
);

const storedDiagnostic = async (launched: Launched) =>
  (await launched.serviceWorker?.evaluate(
    async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get('diagnostic')).diagnostic,
  )) as { level: string; areas: Record<string, string>; at: number } | undefined;

async function openDiagnostic(page: Page, extensionId: string): Promise<void> {
  // The welcome tab opened at install may be in front: a tab behind it draws slowly, clicks wait.
  await page.bringToFront();
  await page.goto(`chrome-extension://${extensionId}/diagnostic.html`);
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
}

/** Every question answered by clicking, as a volunteer with a mouse does. */
async function answerAll(page: Page, pick: (answers: { text: { fr: string }; points: number }[]) => string) {
  await page.getByRole('button', { name: 'Commencer' }).click();
  for (const [index, question] of questions.entries()) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Question ${index + 1} sur 12`);
    const group = page.getByRole('group', { name: question.question.fr });
    await group.getByRole('radio', { name: pick(question.answers), exact: true }).check();
    await page.getByRole('button', { name: index === 11 ? 'Voir le résultat' : 'Suivant' }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Votre résultat' })).toBeFocused();
}

test.describe('in French', () => {
  test.use({ lang: 'fr' });

  test('a beginner is offered the beginner level and guides of the areas to discover; « Bénévole suivant » forgets it', async ({
    page,
    extensionId,
    browserWithDeclic,
  }) => {
    // Twelve questions, the settings page and a reset: past the default timeout on a loaded machine.
    test.setTimeout(90_000);
    await openDiagnostic(page, extensionId);
    await expect(page.getByText('Vos réponses restent sur cet ordinateur.')).toBeVisible();
    await answerAll(page, () => 'Je ne sais pas');
    const areas = page.locator('.diagnostic-areas li');
    await expect(areas).toHaveCount(5);
    for (const area of await areas.allTextContents()) expect(area).toMatch(/\u202f: à découvrir$/);
    await expect(page.getByText('Nous vous proposons le niveau «\u202fDébutant\u202f».')).toBeVisible();
    // Already the default level: nothing to press.
    await expect(page.getByText('C’est déjà votre niveau.')).toBeVisible();
    const links = page.locator('.diagnostic-proposals a');
    await expect(links).toHaveCount(3);
    for (const href of await links.evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      expect(url.pathname).toBe('/practice.html');
      const key = url.searchParams.get('guide') ?? '';
      expect(shippedGuides.get(key), key).toMatch(/^[1-4]\./);
    }
    await expect(page.getByRole('status').filter({ hasText: 'Votre résultat est gardé' })).toBeVisible();
    expect(await storedDiagnostic(browserWithDeclic)).toMatchObject({ level: 'beginner', areas: { 4: 'to-discover' } });
    await page.screenshot({ path: `${SHOTS}/diagnostic-beginner-fr.png`, fullPage: true });

    const options = await browserWithDeclic.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const section = options.getByRole('region', { name: 'Où en suis-je\u202f?' });
    await expect(section).toContainText(/Dernier point\u202f: \d+/);
    await expect(section.getByRole('link', { name: 'Refaire le point' })).toBeVisible();
    // What « Bénévole suivant » sends on a shared computer (the messaging library's format).
    await options.evaluate(() =>
      (globalThis as unknown as Chrome).chrome.runtime.sendMessage({
        id: 1,
        type: 'resetPersonal',
        data: undefined,
        timestamp: Date.now(),
      }),
    );
    await expect(section).toContainText('Vous n’avez pas encore fait le point.');
    expect(await storedDiagnostic(browserWithDeclic)).toBeUndefined();
  });
});

test('a volunteer at ease, by keyboard alone, is offered the intermediate level and chooses it', async ({
  page,
  extensionId,
  browserWithDeclic,
}) => {
  await openDiagnostic(page, extensionId);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (const [index, question] of questions.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: `Question ${index + 1} of 12` })).toBeFocused();
    const best = question.answers.findIndex((answer) => answer.points === 2);
    await page.keyboard.press('Tab');
    // Tab reaches the group's first answer; the arrows move down the list and choose.
    if (best === 0) await page.keyboard.press('Space');
    for (let i = 0; i < best; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: question.answers[best]?.text.en, exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: index === 11 ? 'See the result' : 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Your result' })).toBeFocused();
  for (const area of await page.locator('.diagnostic-areas li').allTextContents()) expect(area).toMatch(/: at ease$/);
  await expect(page.getByText('We suggest the “Intermediate” level.')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Use this level' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Done. Your level is now “Intermediate”.' })).toBeVisible();
  await expect.poll(async () => (await storedDiagnostic(browserWithDeclic))?.level).toBe('intermediate');

  const options = await browserWithDeclic.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('radio', { name: /^Intermediate/ })).toBeChecked();
  await page.bringToFront();
  await page.screenshot({ path: `${SHOTS}/diagnostic-at-ease-en.png`, fullPage: true });
});

const axe = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

for (const lang of ['fr', 'en'] as const) {
  test.describe(`in ${lang} at 200 % zoom`, () => {
    // A 1366 × 820 screen at 200 %: half the CSS pixels, twice the device pixels each.
    test.use({ lang, display: { width: 683, height: 410, deviceScaleFactor: 2 } });

    test('the introduction, a question and the result have no axe violations, and the welcome page offers it', async ({
      page,
      extensionId,
    }) => {
      test.setTimeout(90_000);
      const words = lang === 'fr' ? ['Commencer', 'Suivant', 'Voir le résultat'] : ['Start', 'Next', 'See the result'];
      await openDiagnostic(page, extensionId);
      await axe(page);
      await page.screenshot({ path: `${SHOTS}/diagnostic-intro-${lang}-zoom200.png`, fullPage: true });
      await page.getByRole('button', { name: words[0] }).click();
      await page.getByRole('radio').nth(1).check();
      await axe(page);
      await page.screenshot({ path: `${SHOTS}/diagnostic-question-${lang}-zoom200.png`, fullPage: true });
      for (let i = 0; i < 11; i++) await page.getByRole('button', { name: words[1] }).click();
      await page.getByRole('button', { name: words[2] }).click();
      await expect(page.locator('.diagnostic-proposals a')).toHaveCount(3);
      // Nothing is wider than the zoomed window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
      await axe(page);
      await page.screenshot({ path: `${SHOTS}/diagnostic-result-${lang}-zoom200.png`, fullPage: true });

      await page.goto(`chrome-extension://${extensionId}/welcome.html`);
      const offer = page.getByRole('region', {
        name: lang === 'fr' ? 'Où en êtes-vous\u202f?' : 'Where do you stand?',
      });
      await offer.getByRole('link').click();
      await expect(page).toHaveURL(/\/diagnostic\.html$/);
    });
  });
}
