import { LANGS } from './apps';
import { expect, expectCoached, expectSilent, test } from './real-browser';
import { screenTests } from './screen-tests';
import { chrome, loginPage, publishPost, screens, signIn, wordpress } from './wordpress-site';

const tool = { id: 'wordpress-admin', name: 'WordPress' };

for (const lang of LANGS) {
  test.describe(`WordPress 6.1 (${lang})`, () => {
    test('the login page stays silent, in the site language', async ({ openBrowser }, testInfo) => {
      const browser = await openBrowser(lang);
      const page = await browser.newPage();
      await page.goto(loginPage(lang));
      await expect(page.locator('html')).toHaveAttribute('lang', wordpress(lang).site.locale.replace('_', '-'));
      await expectSilent(browser, page, testInfo);
    });

    screenTests({ tool, lang, chrome, signIn: (page) => signIn(page, lang), screens: screens(lang) });

    test('publishes a post with Déclic loaded', async ({ openBrowser }, testInfo) => {
      const browser = await openBrowser(lang);
      const page = await browser.newPage();
      await signIn(page, lang);
      const title = `Déclic ${lang} ${testInfo.testId} ${Date.now()}`;
      await publishPost(page, lang, title, 'Written by the real-apps test, through the block editor.');
      await expectCoached(browser, page, { toolId: tool.id, name: tool.name, contextId: 'edit-page' }, testInfo);
      // Published means listed among the published posts, for everyone.
      await page.goto(wordpress(lang).url('/wp-admin/edit.php?post_status=publish'));
      await expect(page.locator('#the-list a.row-title').getByText(title, { exact: true })).toBeVisible();
    });
  });
}
