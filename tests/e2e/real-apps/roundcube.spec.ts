import { apps, LANGS, otherLang } from './apps';
import { expect, expectCoached, expectSilent, test } from './real-browser';
import { chrome, messageRow, openCompose, roundcube, screens, sendMail, signIn } from './roundcube-site';
import { screenTests } from './screen-tests';

const tool = { id: 'roundcube', name: 'Roundcube' };

for (const lang of LANGS) {
  test.describe(`Roundcube 1.6 (${lang})`, () => {
    test('the login page stays silent, in the account language', async ({ openBrowser }, testInfo) => {
      const browser = await openBrowser(lang);
      const page = await browser.newPage();
      await page.goto(roundcube(lang).url());
      await expect(page.locator('#rcmloginuser')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectSilent(browser, page, testInfo);
    });

    screenTests({ tool, lang, chrome, signIn: (page) => signIn(page, lang), screens: screens(lang) });

    test('sends a mail to the other account with Déclic loaded, and it arrives', async ({ openBrowser }, testInfo) => {
      const browser = await openBrowser(lang);
      const page = await browser.newPage();
      await signIn(page, lang);
      const subject = `Déclic ${lang} ${testInfo.testId} ${Date.now()}`;
      const to = apps.roundcube[otherLang(lang)].account.login;
      await openCompose(page, lang);
      await expectCoached(browser, page, { toolId: tool.id, name: tool.name, contextId: 'compose' }, testInfo);
      await sendMail(page, to, subject, 'Sent by the real-apps test through Roundcube.');

      // The other volunteer signs in (another host name, so another session) and finds it.
      const inbox = await browser.newPage();
      await signIn(inbox, otherLang(lang));
      await expect(async () => {
        await inbox.reload();
        await expect(messageRow(inbox, subject)).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
    });
  });
}
