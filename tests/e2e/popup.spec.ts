import { lookedAt, notAllowedOn } from './harness/declic-state';
import { coachOf, expect, launcherOf, test } from './harness/fixtures';

test('names the tool of the tab the user came from, and its context', async ({
  page,
  browserWithDeclic,
  extensionId,
}) => {
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await expect(launcherOf(page)).toBeVisible();
  const popup = await browserWithDeclic.context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText('On this page, Déclic recognises:')).toBeVisible();
  await expect(popup.getByText('Gmail', { exact: true })).toBeVisible();
});

test('turns Déclic off and on again for one site, live', async ({ page, browserWithDeclic, extensionId }) => {
  await page.goto('https://drive.google.com/drive/my-drive');
  await expect(launcherOf(page)).toBeVisible();
  const popup = await browserWithDeclic.context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const toggle = popup.getByRole('switch', { name: 'Tips on this site' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(popup.getByText('Déclic is turned off on this site.')).toBeVisible();
  await expect(coachOf(page)).toHaveCount(0);

  // Stays off after a reload, and other sites are not affected.
  const since = Date.now();
  await page.reload();
  // Déclic looked at the page again, and keeps quiet there.
  expect(await lookedAt(browserWithDeclic, 'https://drive.google.com', since)).toMatchObject({
    toolId: 'google-drive',
    shown: false,
  });
  await expect(coachOf(page)).toHaveCount(0);
  const gmail = await browserWithDeclic.context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
  await expect(launcherOf(gmail)).toBeVisible();

  await page.bringToFront();
  await popup.reload();
  await popup.getByRole('switch', { name: 'Tips on this site' }).check();
  await expect(launcherOf(page)).toBeVisible();
});

test('says plainly when no tool is recognised', async ({ page, browserWithDeclic, extensionId }) => {
  await page.goto('https://www.lemonde.fr/pixels/gmail-article.html');
  // Déclic may not read this site by itself: nothing of it runs there until "Check this page".
  expect(await notAllowedOn(browserWithDeclic, 'https://www.lemonde.fr')).toBe(true);
  const popup = await browserWithDeclic.context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText('Déclic does not recognise a tool on this page.')).toBeVisible();
});
