import { expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import type { browser as webExtensionApi } from 'wxt/browser';

/**
 * Déclic's own pages in Firefox. WebDriver BiDi cannot navigate to moz-extension:// addresses,
 * so extension pages are opened by an extension page (tabs.create), found by evaluating
 * location.href (puppeteer reports them as about:blank), and used to reach the WebExtension
 * API: code evaluated there runs with Déclic's `browser` global, as the options page does.
 */
export type ExtensionApi = typeof webExtensionApi;

/** The add-on id Firefox policies name (browser_specific_settings in wxt.config.ts). */
export const GECKO_ID = 'declic@declic-coach.org';
/** A fixed moz-extension:// host (pref extensions.webextensions.uuids): Déclic's pages are known by it. */
export const EXTENSION_UUID = '0d3c11c0-e2e0-4e2e-8e2e-00000000de11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Runs `fn(browser, ...args)` in an extension page. `fn` must be self-contained (it is sent as text). */
export function inExtension<A extends unknown[], T>(
  page: Page,
  fn: (api: ExtensionApi, ...args: A) => T | Promise<T>,
  ...args: A
): Promise<Awaited<T>> {
  return page.evaluate(`(${fn.toString()})(browser, ...${JSON.stringify(args)})`) as Promise<Awaited<T>>;
}

/** Waits in a page give up well within a test's 45 s, so a failure names what never came. */
export const withTimeout = (page: Page): Page => {
  page.setDefaultTimeout(15_000);
  return page;
};

export const hrefOf = (page: Page): Promise<string> => page.evaluate(() => location.href).catch(() => '');

async function pagesAt(browser: Browser, href: string): Promise<Page[]> {
  const pages = await browser.pages();
  const hrefs = await Promise.all(pages.map(hrefOf));
  return pages.filter((_, i) => hrefs[i] === href);
}

/** Waits for a tab showing one of Déclic's pages (not one of `known`) and gives it back. */
export async function extensionPage(browser: Browser, path: string, known: Page[] = []): Promise<Page> {
  let found: Page | undefined;
  await expect
    .poll(
      async () => {
        found = (await pagesAt(browser, `${EXTENSION_ORIGIN}${path}`)).find((page) => !known.includes(page));
        return found !== undefined;
      },
      // Firefox opens the welcome tab once the add-on has started: on a loaded machine, past 15 s.
      { message: `a tab showing Déclic's ${path}`, timeout: 30_000 },
    )
    .toBe(true);
  return withTimeout(found!);
}

/** Opens one of Déclic's pages in a new tab, from the welcome page, as a link of Déclic's would. */
export async function openExtensionPage(welcome: Page, path: string): Promise<Page> {
  const browser = welcome.browser();
  const known = await pagesAt(browser, `${EXTENSION_ORIGIN}${path}`);
  await inExtension(welcome, (api, url) => api.tabs.create({ url }).then(() => undefined), path);
  return extensionPage(browser, path, known);
}

/** The tab id of a web page: it is brought to the front, then asked for as the active tab. */
export async function tabIdOf(welcome: Page, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await inExtension(welcome, async (api) => {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

/**
 * What a click on Déclic's toolbar button does, for the tab of `page`: the tab is in front and
 * Déclic's popup opens. A script cannot click Firefox's toolbar; action.openPopup() called from a
 * real click (a user gesture) takes the same path in Firefox, which then grants activeTab for the
 * tab, as the toolbar click does. The popup itself opens in a panel that BiDi cannot reach; tests
 * use popup.html opened as a tab (openExtensionPage), which talks about that same tab. Without
 * this grant, its "Check this page" answers that Déclic cannot look at a site it may not read.
 */
export async function clickToolbarButton(welcome: Page, page: Page): Promise<void> {
  const tabId = await tabIdOf(welcome, page);
  await welcome.bringToFront();
  await welcome.evaluate((id) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const button = document.createElement('button');
    button.id = 'e2e-toolbar-button';
    button.textContent = 'Déclic (toolbar)';
    button.addEventListener('click', () => {
      // Both calls are sent during the click, in order: the tab is in front when the popup opens.
      void api.tabs.update(id, { active: true });
      api.action.openPopup().then(
        () => button.setAttribute('data-opened', 'yes'),
        (error: Error) => button.setAttribute('data-opened', error.message),
      );
    });
    document.body.append(button);
  }, tabId);
  await welcome.click('#e2e-toolbar-button');
  await welcome.waitForSelector('#e2e-toolbar-button[data-opened]');
  expect(await welcome.$eval('#e2e-toolbar-button', (b) => b.getAttribute('data-opened'))).toBe('yes');
  await welcome.$eval('#e2e-toolbar-button', (b) => b.remove());
  // The grant shows: Firefox now tells Déclic the tab's address (activeTab), even on sites it may not read.
  await expect.poll(() => inExtension(welcome, (api, id) => api.tabs.get(id).then((t) => !!t.url), tabId)).toBe(true);
}

/** One value of Déclic's storage, read as the extension reads it. */
export function storageValue(welcome: Page, area: 'local' | 'session', key: string): Promise<unknown> {
  return inExtension(welcome, (api, a, k) => api.storage[a].get(k).then((all) => all[k] ?? null), area, key);
}
