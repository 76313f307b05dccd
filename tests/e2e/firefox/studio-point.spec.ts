import type { Page } from 'puppeteer-core';
import { launcherName } from '../harness/firefox-coach';
import { inExtension, openExtensionPage, tabIdOf } from '../harness/firefox-extension';
import { expect, test } from '../harness/firefox-fixtures';

const BAND = 'declic-coach >>> section.picker-bar';
const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

/** The tab Firefox has in front, as Déclic's pages see it. */
const activeTabId = (welcome: Page) =>
  inExtension(welcome, async (api) => (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);

test.describe('Firefox fr', () => {
  test.use({ lang: 'fr' });

  test('the studio points at Gmail’s page: the tab comes forward, a click is chosen, the studio says where', async ({
    tab,
    welcome,
  }) => {
    await tab.goto('https://mail.google.com/mail/u/0/#inbox');
    await launcherName(tab);
    const gmailId = await tabIdOf(welcome, tab);
    const studio = await openExtensionPage(welcome, '/studio.html');
    await studio.waitForSelector('main[aria-busy="false"]');
    const studioId = await tabIdOf(welcome, studio);
    await studio.click('button::-p-text(Ajouter une astuce)');
    await studio.select('select[id^="tip-"][id$="-tool"]', 'gmail');
    await studio.click('button[id^="tip-"][id$="-place"]');

    // Gmail comes to the front with the band; hovering says how Déclic finds the button.
    await expect.poll(() => activeTabId(welcome)).toBe(gmailId);
    await tab.waitForSelector(BAND, { visible: true });
    await tab.hover('#compose-button');
    await expect
      .poll(() => textOf(tab, `${BAND} .picker-under`))
      .toBe('Sous la souris\u202f: le bouton «\u202fNouveau message\u202f» — trouve 1 élément');
    await tab.click('#compose-button');
    await tab.waitForSelector(`${BAND} .picker-tried li`);
    // The click chose; Gmail did not open a message.
    expect(await tab.$('.compose')).toBeNull();
    await tab.click(`${BAND} button.primary`);
    await tab.waitForSelector(BAND, { hidden: true });

    await expect.poll(() => activeTabId(welcome)).toBe(studioId);
    await studio.waitForSelector('::-p-text(Déclic montrera le bouton «\u202fNouveau message\u202f».)');
  });
});
