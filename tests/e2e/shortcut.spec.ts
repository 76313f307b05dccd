import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { Launched } from './harness/browser';
import { coachOf, expect, launcherOf, test } from './harness/fixtures';

/**
 * The keyboard shortcut. Chromium does not turn key presses sent by the test driver into extension
 * commands, so the test checks the manifest's command as the browser registered it, then sends the
 * page what the background sends on that command (`focusCoach`, in the messaging library's format).
 */
type Chrome = typeof browser;

async function pressShortcut(declic: Launched, page: Page): Promise<void> {
  await declic.serviceWorker?.evaluate(
    async (url) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await chrome.tabs.query({ url });
      const message = { id: Date.now(), type: 'focusCoach', data: undefined, timestamp: Date.now() };
      await chrome.tabs.sendMessage(tab?.id ?? -1, message, { frameId: 0 });
    },
    `${new URL(page.url()).origin}/*`,
  );
}

test('the browser knows the shortcut Alt+Shift+D, and the panel says it in words', async ({
  page,
  browserWithDeclic,
}) => {
  const commands = await browserWithDeclic.serviceWorker?.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.commands.getAll(),
  );
  expect(commands).toContainEqual(expect.objectContaining({ name: 'open-coach', shortcut: 'Alt+Shift+D' }));
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await launcherOf(page).click();
  await expect(coachOf(page).getByRole('dialog')).toContainText('Keyboard shortcut: Alt+Shift+D');
});

test.describe('in French', () => {
  test.use({ lang: 'fr' });
  test('the shortcut is written with the keys of a French keyboard', async ({ page }) => {
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await launcherOf(page).click();
    await expect(coachOf(page).getByRole('dialog')).toContainText('Raccourci clavier\u202f: Alt+Maj+D');
  });
});

test('from the message being written into the coach, and back to the same field', async ({
  page,
  browserWithDeclic,
}) => {
  await page.goto('https://mail.google.com/mail/u/5/#inbox');
  // The panel's script is loaded once (a first look); then the volunteer writes.
  await launcherOf(page).click();
  await expect(coachOf(page).getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  const subject = page.locator('input[name=subjectbox]');
  await subject.click();
  await page.keyboard.type('Fête');

  await pressShortcut(browserWithDeclic, page);
  const panel = coachOf(page).getByRole('dialog');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await pressShortcut(browserWithDeclic, page);
  await expect(subject).toBeFocused();
  await page.keyboard.type(' des jardins');
  await expect(subject).toHaveValue('Fête des jardins');
  // The panel stayed open beside the work; the launcher still closes it.
  await expect(panel).toBeVisible();
});

test('during a guide, the shortcut goes straight to the step', async ({ page, browserWithDeclic }) => {
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await launcherOf(page).click();
  await coachOf(page)
    .getByRole('button', { name: /^Start the guide: / })
    .first()
    .click();
  const step = coachOf(page).getByRole('dialog', { name: /^Step 1 of/ });
  await expect(step).toBeVisible();
  await page.getByRole('textbox', { name: 'Rechercher dans les messages' }).click();
  await pressShortcut(browserWithDeclic, page);
  await expect(step.getByRole('button', { name: 'Next' })).toBeFocused();
});

test('"Move to the other side" puts the coach on the left, and it stays there for this tool only', async ({ page }) => {
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await launcherOf(page).click();
  await coachOf(page).getByRole('button', { name: 'Put Déclic on the left of the page' }).click();
  await expect.poll(async () => (await coachOf(page).getByRole('dialog').boundingBox())?.x ?? -1).toBeLessThan(100);
  // Closed, the launcher takes the left edge the panel was using.
  await page.keyboard.press('Escape');
  const leftEdge = async () => (await launcherOf(page).boundingBox())?.x ?? -1;
  await expect.poll(leftEdge).toBe(0);
  await page.reload();
  await expect(launcherOf(page)).toBeVisible();
  await expect.poll(leftEdge).toBe(0);
  // Another tool keeps the usual side.
  await page.goto('https://drive.google.com/drive/my-drive');
  await expect(launcherOf(page)).toBeVisible();
  await expect.poll(leftEdge).toBeGreaterThan(600);
});
