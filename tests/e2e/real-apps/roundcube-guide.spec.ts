import { LANGS } from './apps';
import { expect, test } from './real-browser';
import { openCompose, roundcube, signIn } from './roundcube-site';
import { builtInGuide, walkGuide } from './walk-guide';

/**
 * Roundcube's built-in guides walked on the real Roundcube 1.6, each step done as a volunteer does
 * it. "Send a file" starts in the inbox and goes on on the compose page its first click opens;
 * "Bcc" points inside the headers menu its step 2 opens: doing step 2 (clicking the "+") moves the
 * guide on by itself, so no click on "Next", outside the menu, closes it.
 */
for (const lang of LANGS) {
  const { site, url } = roundcube(lang);

  test(`Roundcube 1.6 (${lang}): "send a file" goes from the inbox to compose, every step found`, async ({
    openBrowser,
  }, testInfo) => {
    const page = await (await openBrowser(lang)).newPage();
    await signIn(page, lang);
    await page.goto(url('?_task=mail&_mbox=INBOX'));
    await expect(page.locator('#messagelist tbody tr').first()).toBeVisible();
    await walkGuide(
      page,
      lang,
      builtInGuide('roundcube', 'roundcube-send-attachment'),
      [
        'click',
        (p) => p.locator('#compose_to input').fill(site.account.login),
        (p) => p.locator('#compose-subject').fill('Déclic'),
        'click',
        'next',
      ],
      testInfo,
    );
    await expect(page).toHaveURL(/_action=compose/);
  });

  test(`Roundcube 1.6 (${lang}): the Bcc guide runs through the headers menu, every step found`, async ({
    openBrowser,
  }, testInfo) => {
    const page = await (await openBrowser(lang)).newPage();
    await signIn(page, lang);
    await openCompose(page, lang);
    await walkGuide(
      page,
      lang,
      builtInGuide('roundcube', 'roundcube-bcc'),
      [
        'next',
        'click',
        'click',
        async (p) => {
          // The Bcc line Roundcube just added, where the group's addresses go.
          await expect(p.locator('#compose_bcc')).toBeVisible();
          await p.locator('#compose_bcc input').fill(site.account.login);
        },
        (p) => p.locator('#compose_to input').fill(site.account.login),
        'next',
      ],
      testInfo,
    );
    // The guide ended: the anchored tips of the compose screen show their beacons again.
    await expect(page.locator('declic-coach .beacon').first()).toBeVisible();
  });
}
