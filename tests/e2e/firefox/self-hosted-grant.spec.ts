import type { Page } from 'puppeteer-core';
import { coachCount, launcherName } from '../harness/firefox-coach';
import { clickToolbarButton, inExtension, openExtensionPage } from '../harness/firefox-extension';
import { expect, LANGS, test } from '../harness/firefox-fixtures';

/** The association's own Nextcloud: not in the manifest, so Déclic may not read it until granted. */
const SITE = 'https://cloud.jardins-partages.org';

const says = {
  fr: {
    none: 'Déclic ne reconnaît pas d’outil sur cette page.',
    check: 'Regarder cette page',
    detected: 'Sur cette page, Déclic reconnaît\u202f:',
    grant: 'Aidez-moi sur ce site',
    granted: 'Déclic vous aidera sur ce site à partir de maintenant.',
    launcher: 'Déclic\u202f: astuces pour Nextcloud',
  },
  en: {
    none: 'Déclic does not recognise a tool on this page.',
    check: 'Check this page',
    detected: 'On this page, Déclic recognises:',
    grant: 'Coach me on this site',
    granted: 'Déclic will coach you on this site from now on.',
    launcher: 'Déclic: tips for Nextcloud',
  },
};

/** What lets the detector run on the site: the origin granted, and Déclic's registered content scripts. */
const access = (welcome: Page) =>
  inExtension(
    welcome,
    async (api, origin) => ({
      granted: await api.permissions.contains({ origins: [origin] }),
      scripts: (await api.scripting.getRegisteredContentScripts()).map(
        ({ id, matches, js, persistAcrossSessions }) => ({
          id,
          matches,
          js,
          persistAcrossSessions,
        }),
      ),
    }),
    `${SITE}/*`,
  );

for (const lang of LANGS) {
  test.describe(`Firefox ${lang}`, () => {
    test.use({ lang });

    test('a self-hosted Nextcloud is silent until the volunteer grants it from the popup, then coached on every visit', async ({
      tab,
      welcome,
      firefox,
    }) => {
      await tab.goto(`${SITE}/apps/files/`);
      // Silent by construction: no grant, no registered detector; the page has loaded without a coach.
      expect(await access(welcome)).toEqual({ granted: false, scripts: [] });
      expect(await tab.evaluate(() => document.readyState)).toBe('complete');
      expect(await coachCount(tab)).toBe(0);

      // The volunteer clicks Déclic's icon, then "Check this page": the tool is named.
      await clickToolbarButton(welcome, tab);
      const popup = await openExtensionPage(welcome, '/popup.html');
      await popup.waitForSelector(`::-p-text(${says[lang].none})`);
      await popup.click(`button::-p-text(${says[lang].check})`);
      await popup.waitForSelector(`::-p-text(${says[lang].detected})`);
      expect(await popup.$eval('.tool-name', (p) => p.textContent)).toBe('Nextcloud');

      // "Coach me on this site": Firefox grants the one origin (its prompt is turned off by a pref).
      await popup.click(`button::-p-text(${says[lang].grant})`);
      await popup.waitForSelector(`::-p-text(${says[lang].granted})`);
      await expect
        .poll(() => access(welcome))
        .toEqual({
          granted: true,
          scripts: [
            {
              id: 'declic-detector-self-hosted',
              matches: [`${SITE}/*`],
              js: ['content-scripts/detector.js'],
              persistAcrossSessions: true,
            },
          ],
        });

      // The next visit is coached by the registered content script, with no click.
      await tab.reload();
      expect(await launcherName(tab)).toBe(says[lang].launcher);
      expect(await coachCount(tab)).toBe(1);
      const fresh = await firefox.newTab();
      await fresh.goto(`${SITE}/index.php/apps/files/`);
      expect(await launcherName(fresh)).toBe(says[lang].launcher);
    });
  });
}
