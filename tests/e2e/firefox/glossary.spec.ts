import type { Page } from 'puppeteer-core';
import { domWithoutDeclic, highlightedWords, launcherName } from '../harness/firefox-coach';
import { expect, LANGS, test } from '../harness/firefox-fixtures';

/**
 * The glossary marks words with the CSS Custom Highlight API from its content script. In
 * Firefox that script runs in a sandbox over the page (Xray wrappers), yet the highlight it
 * registers is the document's own: the page's scripts see it in CSS.highlights, as in Chromium.
 */
const GMAIL = 'https://mail.google.com/mail/u/2/#inbox';
const card = {
  // The word is the page's (French); the card names it in the volunteer's language.
  fr: { title: 'adhésion', know: 'Je connais ce mot' },
  en: { title: 'membership', know: 'I know this word' },
};

const markCount = (page: Page) => page.evaluate(() => CSS.highlights.get('declic-term')?.size ?? 0);

/** The middle of the first marked occurrence of a word, in viewport coordinates. */
const spotOf = (page: Page, word: string) =>
  page.evaluate((w) => {
    for (const r of CSS.highlights.get('declic-term') ?? []) {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() !== w) continue;
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, word);

for (const lang of LANGS) {
  test.describe(`Firefox ${lang}`, () => {
    test.use({ lang });

    test('marks the jargon with CSS highlight ranges, without changing the page DOM', async ({ tab }) => {
      await tab.goto(GMAIL);
      const before = await domWithoutDeclic(tab);
      await launcherName(tab);
      // 3 messages × 4 words, and "Mot de passe"; typed text (the input, the draft) is not read.
      await expect.poll(() => markCount(tab)).toBe(13);
      const words = (await highlightedWords(tab)) ?? [];
      expect(new Set(words)).toEqual(new Set(['reçu fiscal', 'pièce jointe', 'adhésion', 'Cci', 'Mot de passe']));
      expect(words.filter((word) => word === 'pièce jointe')).toHaveLength(3);
      expect(await domWithoutDeclic(tab)).toBe(before);
      expect(await tab.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
    });

    test('clicking a marked word opens its card in the volunteer’s language', async ({ tab }) => {
      await tab.goto(GMAIL);
      await expect.poll(() => markCount(tab)).toBe(13);
      // The glossary finds the word under the pointer with document.caretPositionFromPoint.
      const spot = await spotOf(tab, 'adhésion');
      if (!spot) throw new Error('no mark for adhésion');
      await tab.mouse.click(spot.x, spot.y);
      const shown = await tab.waitForSelector('declic-coach >>> section.declic-card[role="dialog"]', { visible: true });
      const view = await shown!.evaluate((section) => ({
        name: section.getAttribute('aria-label'),
        lang: section.getAttribute('lang'),
        buttons: [...section.querySelectorAll('button')].map((b) => b.textContent),
      }));
      expect(view).toMatchObject({ name: card[lang].title, lang });
      expect(view.buttons).toContain(card[lang].know);
    });
  });
}
