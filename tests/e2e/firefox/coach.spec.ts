import { coachCount, launcherName, openPanel, panelClosed } from '../harness/firefox-coach';
import { clickToolbarButton, openExtensionPage, storageValue, tabIdOf } from '../harness/firefox-extension';
import { expect, LANGS, test } from '../harness/firefox-fixtures';

const says = {
  fr: {
    launcher: (tool: string) => `Déclic\u202f: astuces pour ${tool}`,
    panel: (tool: string) => `Astuces pour ${tool}`,
  },
  en: { launcher: (tool: string) => `Déclic: tips for ${tool}`, panel: (tool: string) => `Tips for ${tool}` },
};
const popupSays = {
  fr: { none: 'Déclic ne reconnaît pas d’outil sur cette page.', check: 'Regarder cette page' },
  en: { none: 'Déclic does not recognise a tool on this page.', check: 'Check this page' },
};

const saasPages = [
  { url: 'https://mail.google.com/mail/u/0/#inbox', tool: 'Gmail' },
  { url: 'https://drive.google.com/drive/my-drive', tool: 'Google Drive' },
  { url: 'https://outlook.office.com/mail/', tool: 'Outlook' },
  { url: 'https://outlook.live.com/mail/0/', tool: 'Outlook' },
];

/** What the detector last reported for a tab, as the background stored it (null: nothing coached). */
const tabStateOf = async (welcome: Parameters<typeof storageValue>[0], tabId: number) =>
  ((await storageValue(welcome, 'session', 'tabStates')) as Record<string, { toolId: string }> | null)?.[tabId] ?? null;

for (const lang of LANGS) {
  test.describe(`Firefox ${lang}`, () => {
    test.use({ lang });

    for (const { url, tool } of saasPages) {
      test(`coaches ${tool} on ${url}: launcher, panel with tips, Escape`, async ({ tab }) => {
        await tab.goto(url);
        expect(await launcherName(tab)).toBe(says[lang].launcher(tool));
        expect(await coachCount(tab)).toBe(1);

        const panel = await openPanel(tab);
        expect(panel.name).toBe(says[lang].panel(tool));
        expect(panel.lang).toBe(lang);
        expect(panel.tips.length).toBeGreaterThanOrEqual(3);
        expect(panel.tips.every((title) => title.trim().length > 0)).toBe(true);

        await tab.keyboard.press('Escape');
        expect(await panelClosed(tab)).toEqual({ launcherFocused: true });
      });
    }

    /**
     * A silent page gives no event to wait for, so the tab first shows a coached page: the
     * background records its tool for the tab. When the detector has looked at the next page
     * and found nothing, the background forgets that record: only then is the silence checked.
     */
    test('stays silent on Gmail’s help pages (the detector runs there and finds no tool)', async ({ tab, welcome }) => {
      await tab.goto('https://mail.google.com/mail/u/0/#inbox');
      await launcherName(tab);
      const tabId = await tabIdOf(welcome, tab);
      expect(await tabStateOf(welcome, tabId)).toMatchObject({ toolId: 'gmail' });

      await tab.goto('https://mail.google.com/mail/help/about.html');
      await expect.poll(() => tabStateOf(welcome, tabId)).toBeNull();
      expect(await coachCount(tab)).toBe(0);
    });

    // Déclic may not read this site: its detector only runs there when the volunteer asks, from
    // the toolbar popup ("Check this page"), and even then an article about Gmail is not Gmail.
    // Same signal as above: the Gmail record of the tab goes once the detector has looked.
    test('stays silent on an article that mentions Gmail, even when asked to check the page', async ({
      tab,
      welcome,
    }) => {
      await tab.goto('https://mail.google.com/mail/u/0/#inbox');
      await launcherName(tab);
      const tabId = await tabIdOf(welcome, tab);
      await tab.goto('https://www.lemonde.fr/pixels/gmail-article.html');
      expect(await tab.evaluate(() => document.body.textContent)).toContain('Gmail');
      expect(await tabStateOf(welcome, tabId)).toMatchObject({ toolId: 'gmail' });

      await clickToolbarButton(welcome, tab);
      const popup = await openExtensionPage(welcome, '/popup.html');
      await popup.waitForSelector(`::-p-text(${popupSays[lang].none})`);
      await popup.click(`button::-p-text(${popupSays[lang].check})`);
      await expect.poll(() => tabStateOf(welcome, tabId)).toBeNull();
      expect(await coachCount(tab)).toBe(0);
      expect(await popup.$('[role="alert"]')).toBeNull();
      expect(await popup.evaluate(() => document.body.textContent)).toContain(popupSays[lang].none);
    });
  });
}
