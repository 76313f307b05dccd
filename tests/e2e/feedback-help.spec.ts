import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { Launched } from './harness/browser';
import { coachOf, expect, launcherOf, showAllTips, test } from './harness/fixtures';

const SHOTS = 'test-results/screenshots';

async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** What Déclic keeps on the device, read from its service worker: the positive signal of a write. */
const stored = async (launched: Launched, key: string) =>
  (await launched.serviceWorker?.evaluate(
    async (k) => (await (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(k))[k],
    key,
  )) as Record<string, { verdict?: string }> | string | undefined;

const tipItem = (page: Page, title: string) =>
  coachOf(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title }) });

test.describe('feedback that stays here', () => {
  test.use({ lang: 'en' });

  test('on a tip and on a guide step, shown in "What I have learned", saved in a file', async ({
    page,
    extensionId,
    browserWithDeclic,
  }) => {
    // A tip, a guide, then the settings page with every built-in word and pack: a long walk.
    test.setTimeout(90_000);
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await launcherOf(page).click();
    const panel = coachOf(page).getByRole('dialog', { name: 'Tips for Gmail' });
    await showAllTips(page);
    // The panel draws its tips a moment after it opens: read their titles once they are there.
    await expect(panel.locator('li.tip h3').nth(1)).toBeVisible();
    const [first = '', second = ''] = await panel.locator('li.tip h3').allTextContents();
    expect(first && second).toBeTruthy();
    // Nobody to ask yet: the panel says where to add them.
    await expect(panel).toContainText(
      'Want to ask a person for help? Add their e-mail or phone number in the settings.',
    );

    const helped = tipItem(page, first).getByRole('button', { name: 'This helped' });
    await helped.click();
    await expect(helped).toHaveAttribute('aria-pressed', 'true');
    // One answer per tip, changeable: "Not clear" then "This helped" again.
    const other = tipItem(page, second);
    await other.getByRole('button', { name: 'This helped' }).click();
    await other.getByRole('button', { name: 'Not clear' }).click();
    await expect(other.getByRole('button', { name: 'Not clear' })).toHaveAttribute('aria-pressed', 'true');
    await expect(other.getByRole('button', { name: 'This helped' })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => Object.values((await stored(browserWithDeclic, 'feedback')) ?? {}).length).toBe(2);
    await panel.screenshot({ path: `${SHOTS}/panel-feedback-en.png` });

    // A guide's step: the callout has the same two buttons.
    await panel.getByRole('button', { name: 'Start the guide: Send a message with an attachment' }).click();
    const callout = coachOf(page).getByRole('dialog', { name: 'Step 1 of 5' });
    await callout.getByRole('button', { name: 'Not clear' }).click();
    await expect(callout.getByRole('button', { name: 'Not clear' })).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(async () => (await stored(browserWithDeclic, 'feedback')) as Record<string, { verdict: string }>)
      .toMatchObject({ 'declic-essentials/gmail-send-attachment#1': { verdict: 'unclear' } });
    await expectNoAxeViolations(page, 'declic-coach');
    await page.screenshot({ path: `${SHOTS}/guide-feedback-en.png` });
    await page.keyboard.press('Escape');

    // After a reload the tip's answer is still there, from storage.
    await page.reload();
    await launcherOf(page).click();
    await expect(tipItem(page, first).getByRole('button', { name: 'This helped' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const options = await browserWithDeclic.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('main')).toHaveAttribute('aria-busy', 'false');
    const mine = options.getByRole('region', { name: 'What I thought of the tips and guides' });
    await expect(mine.getByRole('heading', { name: 'What helped me (1)' })).toBeVisible();
    await expect(mine).toContainText(`Gmail — Tip: ${first}`);
    await expect(mine.getByRole('heading', { name: 'What was not clear (2)' })).toBeVisible();
    await expect(mine).toContainText(`Gmail — Tip: ${second}`);
    await expect(mine).toContainText('Gmail — Guide “Send a message with an attachment”, step 1 of 5');
    await expectNoAxeViolations(options);
    await mine.screenshot({ path: `${SHOTS}/learned-feedback-en.png` });

    const downloading = options.waitForEvent('download');
    await mine.getByRole('button', { name: 'Save my opinion in a file' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^declic-my-opinion-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = readFileSync((await file.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^My opinion of Déclic’s tips, \d{1,2} \w+ \d{4}$/);
    const helpedAt = lines.indexOf('What helped me (1)');
    const unclearAt = lines.indexOf('What was not clear (2)');
    expect(helpedAt).toBeGreaterThan(0);
    expect(unclearAt).toBeGreaterThan(helpedAt);
    expect(lines[helpedAt + 1]?.startsWith(`- Gmail — Tip: ${first} (`)).toBe(true);
    expect(lines.slice(unclearAt + 1, unclearAt + 3).join('\n')).toContain(
      '- Gmail — Guide “Send a message with an attachment”, step 1 of 5 (',
    );
    expect(text).toContain('Déclic did not send it to anyone.');
    await expect(mine.getByRole('status')).toHaveText(
      `Done: the file ${file.suggestedFilename()} is in your downloads.`,
    );
  });
});

test.describe('help from a person', () => {
  test.use({ lang: 'fr' });

  test('a contact set in the options becomes « Demander de l’aide » in the panel, an e-mail written in advance', async ({
    page,
    extensionId,
    browserWithDeclic,
  }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
    const field = page.getByRole('textbox', { name: /La personne à qui demander de l’aide/ });
    const form = page.locator('form').filter({ has: field });
    await field.fill('marie chez les jardins');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(form.getByRole('alert')).toContainText('Déclic ne reconnaît pas ce que vous avez écrit.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await form.screenshot({ path: `${SHOTS}/options-help-contact-error-fr.png` });
    await field.fill('marie@jardins-belleville.fr');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(form.getByRole('alert')).toHaveCount(0);
    await expect
      .poll(async () => (await stored(browserWithDeclic, 'settings')) as unknown)
      .toMatchObject({
        helpContact: 'marie@jardins-belleville.fr',
      });

    const gmail = await browserWithDeclic.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await launcherOf(gmail).click();
    const panel = coachOf(gmail).getByRole('dialog', { name: 'Astuces pour Gmail' });
    const ask = panel.getByRole('link', { name: 'Demander de l’aide' });
    const mail = async () => new URL((await ask.getAttribute('href')) ?? '');
    expect((await mail()).protocol).toBe('mailto:');
    expect((await mail()).pathname).toBe('marie@jardins-belleville.fr');
    expect((await mail()).searchParams.get('subject')).toBe('Besoin d’aide avec Gmail');
    const body = (await mail()).searchParams.get('body') ?? '';
    expect(body).toContain('Pourriez-vous m’aider, s’il vous plaît\u202f? J’utilise Gmail.');
    // The page's address, without its fragment (#inbox).
    expect(body).toContain('La page\u202f: https://mail.google.com/mail/u/0/\r\n');
    await expect(ask).toHaveAccessibleDescription(
      'Prépare un e-mail pour marie@jardins-belleville.fr. Vous le relisez, puis vous l’envoyez vous-même.',
    );

    // A tip the volunteer found unclear is named in the e-mail.
    const title = (await panel.getByRole('heading', { level: 3 }).first().textContent()) ?? '';
    await tipItem(gmail, title).getByRole('button', { name: 'Pas clair' }).click();
    await expect
      .poll(async () => (await mail()).searchParams.get('body'))
      .toContain(`L’astuce «\u202f${title}\u202f» n’était pas claire pour moi.`);
    await expectNoAxeViolations(gmail, 'declic-coach');
    await tipItem(gmail, title).scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${SHOTS}/panel-feedback-fr.png` });
    await ask.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${SHOTS}/panel-ask-for-help-fr.png` });
  });
});
