import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { buildGranting, type Display, type Launched, launch } from './browser';
import { type FixtureServer, startFixtureServer } from './https-server';

export interface DeclicOptions {
  /** Origins granted at install time through the manifest, as an association build does. */
  grantedOrigins: string[];
  lang: 'fr' | 'en';
  /** The window's size and pixel ratio (default 1280 × 800 at 1). */
  display: Display;
}

interface DeclicFixtures {
  browserWithDeclic: Launched;
  extensionId: string;
  page: Page;
}

export const test = base.extend<DeclicFixtures & DeclicOptions, { server: FixtureServer }>({
  grantedOrigins: [[], { option: true }],
  lang: ['en', { option: true }],
  display: [{ width: 1280, height: 800, deviceScaleFactor: 1 }, { option: true }],
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  browserWithDeclic: async ({ server, grantedOrigins, lang, display }, use) => {
    const launched = await launch({
      extensionDir: buildGranting(grantedOrigins),
      port: server.port,
      lang,
      screen: display,
    });
    await use(launched);
    await launched.close();
  },
  extensionId: async ({ browserWithDeclic }, use) => use(browserWithDeclic.extensionId),
  // Déclic opens its welcome tab once installed. Were it to open after the test's page, that page
  // would be a background tab, whose animation frames (which clicks and the coach's layout wait
  // for) the browser holds back: the test's page comes after it, in front.
  page: async ({ browserWithDeclic }, use) => {
    const { context } = browserWithDeclic;
    await expect
      .poll(() => context.pages().some((open) => open.url().endsWith('/welcome.html')), { timeout: 20_000 })
      .toBe(true);
    await use(await context.newPage());
  },
});

export { expect };

/** The coach's shadow host, and the launcher button inside its open shadow root. */
export const coachOf = (page: Page): Locator => page.locator('declic-coach');
export const launcherOf = (page: Page): Locator => coachOf(page).getByRole('button', { name: /^Déclic\s?:/ });

/**
 * The panel opens on one tip and folds the others under "See all tips (n)": opens that fold (as a
 * volunteer would, by clicking it) so every tip shows; nothing when all tips already show.
 */
export async function showAllTips(page: Page): Promise<void> {
  const fold = coachOf(page).locator('details.all-tips');
  await expect(coachOf(page).getByRole('dialog')).toBeVisible();
  if ((await fold.count()) && !(await fold.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await fold.locator(':scope > summary').click();
  }
}
