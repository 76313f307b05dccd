import { expect, type Page } from '@playwright/test';
import { apps, type Lang, originOf } from './apps';
import type { Screen } from './screen-tests';

/** Etherpad 1.8.14 (Colibris skin): a pad, whose text lives two frames down. */
export const etherpad = (lang: Lang) => {
  const site = apps.etherpad[lang];
  const url = (path = '') => `${originOf(site.host)}/${path}`;
  return { site, url, padUrl: url(`p/${site.pad}`), exportUrl: url(`p/${site.pad}/export/txt`) };
};

export const padText = (page: Page) =>
  page.frameLocator('iframe[name="ace_outer"]').frameLocator('iframe[name="ace_inner"]').locator('#innerdocbody');

/** The bold button's tooltip, translated by Etherpad in the browser's language. */
export const boldTitle: Record<Lang, RegExp> = { fr: /^Gras/, en: /^Bold/ };

export function screens(lang: Lang): Screen[] {
  const { site, padUrl } = etherpad(lang);
  return [
    {
      name: 'a pad',
      context: null,
      async open(page) {
        await page.goto(padUrl);
        await expect(padText(page)).toContainText(site.text.split('\n')[0]!);
      },
    },
  ];
}

/** Types at the end of the pad; resolves once the line is in the editor. */
export async function typeInPad(page: Page, line: string): Promise<void> {
  const body = padText(page);
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(line);
  await expect(body).toContainText(line);
}

/** Etherpad's own chrome: the toolbar and its popups (settings, share, users), the chat. */
export const chrome = ['#editbar', '.toolbar', '.popup', '#users', '#chatbox', '#chaticon'].join(', ');
