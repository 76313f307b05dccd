import { LANGS } from './apps';
import { boldTitle, chrome, etherpad, screens, typeInPad } from './etherpad-site';
import { expect, expectCoached, expectSilent, test } from './real-browser';
import { screenTests } from './screen-tests';

const tool = { id: 'etherpad', name: 'Etherpad' };

for (const lang of LANGS) {
  test.describe(`Etherpad 1.8.14 (${lang})`, () => {
    test('the home page, where pads are made, stays silent', async ({ openBrowser }, testInfo) => {
      const browser = await openBrowser(lang);
      const page = await browser.newPage();
      await page.goto(etherpad(lang).url());
      await expect(page.locator('#go2Name')).toBeVisible();
      await expectSilent(browser, page, testInfo);
    });

    // No login: a pad is open to whoever has its address.
    screenTests({ tool, lang, chrome, screens: screens(lang) });

    test('types in the pad with Déclic loaded, and the text is saved', async ({ openBrowser }, testInfo) => {
      const browser = await openBrowser(lang);
      const page = await browser.newPage();
      await page.goto(etherpad(lang).padUrl);
      await expect(page.locator('#editbar [data-l10n-id="pad.toolbar.bold.title"]').first()).toHaveAttribute(
        'title',
        boldTitle[lang],
      );
      await expectCoached(browser, page, { toolId: tool.id, name: tool.name, contextId: null }, testInfo);
      const line = `Déclic ${lang} ${testInfo.testId} ${Date.now()}`;
      await typeInPad(page, line);
      // Saved: Etherpad's own text export, read from the server, has the line.
      const exported = () => page.evaluate((url) => fetch(url).then((r) => r.text()), etherpad(lang).exportUrl);
      await expect.poll(exported, { message: 'the typed line in the exported pad' }).toContain(line);
    });
  });
}
