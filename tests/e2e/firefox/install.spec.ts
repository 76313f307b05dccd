import { EXTENSION_ORIGIN, GECKO_ID, hrefOf, inExtension } from '../harness/firefox-extension';
import { expect, LANGS, test } from '../harness/firefox-fixtures';

const welcomeTitle = { fr: 'Bienvenue dans Déclic', en: 'Welcome to Déclic' };

for (const lang of LANGS) {
  test.describe(`Firefox ${lang}`, () => {
    test.use({ lang });

    test('installs as a temporary add-on and opens its welcome page, in Firefox’s language', async ({
      firefox,
      welcome,
    }) => {
      expect(firefox.addonId).toBe(GECKO_ID);
      expect(await hrefOf(welcome)).toBe(`${EXTENSION_ORIGIN}/welcome.html`);
      await welcome.waitForSelector('h1');
      expect(await welcome.$eval('h1', (h) => h.textContent)).toBe(welcomeTitle[lang]);
      expect(await welcome.evaluate(() => [document.title, document.documentElement.lang])).toEqual([
        welcomeTitle[lang],
        lang,
      ]);
      // The welcome page opened once, from the add-on's own install event.
      const self = await inExtension(welcome, async (api) => ({
        id: api.runtime.id,
        version: api.runtime.getManifest().version,
        welcomeTabs: (await api.tabs.query({ url: api.runtime.getURL('/welcome.html') })).length,
      }));
      expect(self).toEqual({ id: GECKO_ID, version: '0.1.0', welcomeTabs: 1 });
    });
  });
}
