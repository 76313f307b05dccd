import { notAllowedOn, openAndWaitForCheck } from './harness/declic-state';
import { coachOf, expect, launcherOf, showAllTips, test } from './harness/fixtures';

/** The association's own sites, granted at install time as an association build would. */
const ASSOCIATION_SITES = [
  'https://asso-velo-solidaire.fr/*',
  'https://cloud.jardins-partages.org/*',
  'https://nuage.titre-seul.org/*',
];
test.use({ grantedOrigins: ASSOCIATION_SITES });

const positives = [
  { url: 'https://mail.google.com/mail/u/0/#inbox', tool: 'Gmail' },
  { url: 'https://outlook.office.com/mail/', tool: 'Outlook' },
  { url: 'https://outlook.live.com/mail/0/', tool: 'Outlook' },
  { url: 'https://drive.google.com/drive/my-drive', tool: 'Google Drive' },
  { url: 'https://asso-velo-solidaire.fr/wp-admin/', tool: 'WordPress' },
  { url: 'https://cloud.jardins-partages.org/apps/files/', tool: 'Nextcloud' },
  { url: 'https://cloud.jardins-partages.org/index.php/apps/files/', tool: 'Nextcloud' },
];

for (const { url, tool } of positives) {
  test(`coaches ${tool} on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(launcherOf(page)).toBeVisible();
    await expect(coachOf(page)).toHaveCount(1);
    await expect(launcherOf(page)).toHaveAccessibleName(new RegExp(tool));
    expect(await coachOf(page).evaluate((el) => el.shadowRoot?.mode)).toBe('open');

    await launcherOf(page).click();
    const panel = coachOf(page).getByRole('dialog');
    await expect(panel).toHaveAccessibleName(`Tips for ${tool}`);
    // One tip shows for the moment; the others under "See all tips (n)".
    await showAllTips(page);
    expect(
      await panel
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3 }) })
        .count(),
    ).toBeGreaterThanOrEqual(3);
  });
}

const negatives = [
  { url: 'https://asso-velo-solidaire.fr/', why: 'a public WordPress site seen by a visitor' },
  { url: 'https://asso-velo-solidaire.fr/wp-admin/nope.php', why: 'a 404 page under /wp-admin/' },
  { url: 'https://nuage.titre-seul.org/apps/files/', why: 'a page titled Nextcloud with no other marker' },
  { url: 'https://mail.google.com/mail/help/about.html', why: "Gmail's help pages" },
];

for (const { url, why } of negatives) {
  test(`stays silent on ${why}`, async ({ page, browserWithDeclic }) => {
    // Déclic looked at the page (its report was handled) and found nothing to coach.
    const check = await openAndWaitForCheck(page, browserWithDeclic, url);
    expect(check).toMatchObject({ shown: false, surfaces: [] });
    await expect(coachOf(page)).toHaveCount(0);
  });
}

// Sites Déclic may not read at all: nothing of it can run there (no permission, no content script).
for (const { url, why } of [
  { url: 'https://www.lemonde.fr/pixels/gmail-article.html', why: 'an article that mentions Gmail' },
  { url: 'https://autre-asso.fr/wp-admin/', why: 'a self-hosted WordPress the user never granted' },
]) {
  test(`stays silent on ${why}`, async ({ page, browserWithDeclic }) => {
    await page.goto(url);
    expect(await notAllowedOn(browserWithDeclic, new URL(url).origin)).toBe(true);
    expect(await notAllowedOn(browserWithDeclic, 'https://asso-velo-solidaire.fr')).toBe(false);
    await expect(coachOf(page)).toHaveCount(0);
  });
}

test('leaves nothing else in the page: no attributes, no globals', async ({ page }) => {
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await expect(launcherOf(page)).toBeVisible();
  const extra = await page.evaluate(() => ({
    htmlAttributes: [...document.documentElement.attributes].map((a) => a.name),
    bodyAttributes: [...document.body.attributes].map((a) => a.name),
    styles: document.querySelectorAll('style').length,
    globals: Object.keys(window).filter((key) => /declic|wxt/i.test(key)),
  }));
  expect(extra).toEqual({ htmlAttributes: ['lang'], bodyAttributes: [], styles: 1, globals: [] });
});

test('"got it" and "hide" persist across a reload', async ({ page }) => {
  await page.goto('https://drive.google.com/drive/my-drive');
  await launcherOf(page).click();
  const panel = coachOf(page).getByRole('dialog');
  await showAllTips(page);
  const firstTitle = await panel.locator('li.tip h3').first().textContent();
  const secondTitle = await panel.locator('li.tip h3').nth(1).textContent();
  await panel.getByRole('button', { name: 'Got it' }).first().click();
  await panel.getByRole('button', { name: 'Hide' }).first().click();

  await page.reload();
  await launcherOf(page).click();
  await showAllTips(page);
  const fresh = coachOf(page).getByRole('dialog').getByRole('heading', { level: 3 });
  await expect(fresh.first()).toBeVisible();
  const titles = await fresh.allTextContents();
  expect(titles).not.toContain(firstTitle);
  expect(titles).not.toContain(secondTitle);
  await expect(coachOf(page).getByText('Tip you already know (1)')).toBeVisible();
  await expect(coachOf(page).getByRole('button', { name: 'Show the hidden tip (1)' })).toBeVisible();
});

test('the panel closes with Escape and gives focus back to the launcher', async ({ page }) => {
  await page.goto('https://outlook.office.com/mail/');
  await launcherOf(page).click();
  await expect(coachOf(page).getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(coachOf(page).getByRole('dialog')).toHaveCount(0);
  await expect(launcherOf(page)).toBeFocused();
});
