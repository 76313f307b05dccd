import { lookedAt } from './harness/declic-state';
import { coachOf, expect, launcherOf, test } from './harness/fixtures';

test('opening the compose window in a Gmail-like app switches the context without a reload', async ({
  page,
  browserWithDeclic,
  extensionId,
}) => {
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await launcherOf(page).click();
  const firstTip = coachOf(page).getByRole('dialog').getByRole('heading', { level: 3 }).first();
  const before = await firstTip.textContent();
  await page.evaluate(() => {
    (window as unknown as { loaded: boolean }).loaded = true;
  });

  await page.getByRole('button', { name: 'Nouveau message' }).click();
  await expect(page).toHaveURL(/#inbox\?compose=new$/);
  // A tip for writing a message now comes first, in the same document.
  await expect(firstTip).not.toHaveText(before ?? '');
  expect(await page.evaluate(() => (window as unknown as { loaded?: boolean }).loaded)).toBe(true);

  const popup = await browserWithDeclic.context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText('You are writing a message.')).toBeVisible();
});

test('going back in history leaves the compose context', async ({ page, browserWithDeclic, extensionId }) => {
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  await expect(launcherOf(page)).toBeVisible();
  const since = Date.now();
  await page.goto('https://mail.google.com/mail/u/0/#sent');
  // The route change was seen and reported: no context any more.
  await expect
    .poll(async () => (await lookedAt(browserWithDeclic, 'https://mail.google.com', since)).contextId)
    .toBeNull();
  const popup = await browserWithDeclic.context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText('Gmail', { exact: true })).toBeVisible();
  await expect(popup.getByText('You are writing a message.')).toHaveCount(0);
});
