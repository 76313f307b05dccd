import { coachCount, launcherName, openPanel } from '../harness/firefox-coach';
import { inExtension, openExtensionPage } from '../harness/firefox-extension';
import { test as base, expect, LANGS, withFirefox } from '../harness/firefox-fixtures';
import { removeFirefoxPolicy, writeFirefoxPolicy } from '../harness/firefox-policy';

/**
 * Managed policy in Firefox: a real policies.json, read by Firefox at start and handed to
 * Déclic's storage.managed. Run alone, after every other Firefox test (playwright.config.ts).
 */
const test = base.extend<{ policy: object }>({
  policy: [{}, { option: true }],
  firefox: async ({ policy, sites, lang }, use, testInfo) => {
    writeFirefoxPolicy(policy);
    try {
      await withFirefox({ proxyPort: sites.proxy.port, lang }, use, testInfo);
    } finally {
      removeFirefoxPolicy();
    }
  },
});
test.describe.configure({ mode: 'serial' });

const LOCKED = 'Réglé par votre association';

// In both Firefox languages the association's French wins, and so does its choice of no glossary.
for (const lang of LANGS) {
  test.describe(`Firefox ${lang}`, () => {
    test.use({ lang, policy: { lockedSettings: { language: 'fr', glossary: false } } });

    test('locked settings are shown locked on the options page, and the coach speaks French and marks nothing', async ({
      welcome,
      tab,
    }) => {
      // The volunteer had chosen English and the glossary: the association's choice wins.
      await inExtension(welcome, (api) =>
        api.storage.local.set({
          settings: { language: 'en', level: 'beginner', coachEnabled: true, glossary: true, disabledSites: [] },
        }),
      );
      const options = await openExtensionPage(welcome, '/options.html');
      await options.waitForSelector('#policy-title', { visible: true });
      expect(await options.$eval('#policy-title', (h) => h.textContent)).toBe(LOCKED);
      expect(await options.$eval('h1', (h) => h.textContent)).toBe('Réglages de Déclic');
      expect(await options.$eval('#setting-language', (select) => (select as HTMLSelectElement).disabled)).toBe(true);
      const glossarySwitch = await options.$$eval('input[role="switch"]', (inputs) =>
        inputs
          .filter((input) => input.parentElement?.textContent?.includes('Souligner les mots difficiles'))
          .map((input) => ({
            checked: (input as HTMLInputElement).checked,
            disabled: (input as HTMLInputElement).disabled,
            note: input.parentElement?.querySelector('.locked-note')?.textContent,
          })),
      );
      expect(glossarySwitch).toEqual([{ checked: false, disabled: true, note: LOCKED }]);
      expect(await options.$eval('#setting-language-locked', (note) => note.textContent)).toBe(LOCKED);

      await tab.goto('https://mail.google.com/mail/u/2/#inbox');
      // A French launcher in an English Firefox: this coach state was made with the policy applied.
      expect(await launcherName(tab)).toBe('Déclic\u202f: astuces pour Gmail');
      const panel = await openPanel(tab);
      expect(panel).toMatchObject({ name: 'Astuces pour Gmail', lang: 'fr' });
      // No glossary on the page: no highlight registered, no "Words on this page" in the panel.
      expect(await tab.evaluate(() => CSS.highlights.has('declic-term'))).toBe(false);
      expect(await tab.$('declic-coach >>> details.words')).toBeNull();
      expect(await coachCount(tab)).toBe(1);
    });
  });
}
