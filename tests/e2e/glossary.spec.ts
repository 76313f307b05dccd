import type { Page } from '@playwright/test';
import { expect, launcherOf, test } from './harness/fixtures';

test.use({ lang: 'fr' });

/** What the page's own scripts see of the highlight registry (it belongs to the document). */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('declic-term');
    return highlight ? [...highlight].map((range) => range.toString?.() ?? '') : null;
  });

/** The page's DOM, without Déclic's one element. */
const domOf = (page: Page) =>
  page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('declic-coach')) el.remove();
    return copy.outerHTML;
  });

test('marks the jargon with CSS highlights, without changing the page DOM', async ({ page }) => {
  await page.goto('https://mail.google.com/mail/u/1/#inbox');
  const before = await domOf(page);
  await expect(launcherOf(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('declic-term')?.size ?? 0)).toBeGreaterThan(5);
  const words = await page.evaluate(() =>
    [...(CSS.highlights.get('declic-term') ?? [])].map((r) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    }),
  );
  expect(new Set(words)).toEqual(new Set(['reçu fiscal', 'pièce jointe', 'adhésion', 'Cci', 'Mot de passe']));
  expect(await domOf(page)).toBe(before);
  // Nothing typed by the user is read: the input's value and the draft are not marked.
  expect(words.filter((w) => w === 'pièce jointe')).toHaveLength(3);
  expect(await highlighted(page)).not.toBeNull();
});

test('a page that re-renders its own text keeps working, and new text is marked', async ({ page }) => {
  await page.goto('https://mail.google.com/mail/u/1/#inbox');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('declic-term')?.size ?? 0)).toBe(13);
  expect(await page.evaluate(() => (window as unknown as { rerender: (n: number) => string }).rerender(5))).toBe('ok');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('declic-term')?.size ?? 0)).toBe(21);
  expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
});

test('turning the glossary off removes the marks at once', async ({ page, browserWithDeclic, extensionId }) => {
  await page.goto('https://mail.google.com/mail/u/1/#inbox');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('declic-term')?.size ?? 0)).toBeGreaterThan(0);
  const options = await browserWithDeclic.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('switch', { name: 'Souligner les mots difficiles de la page et les expliquer' }).uncheck();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('declic-term'))).toBe(false);
});
