import { writeFileSync } from 'node:fs';
import { test as base, expect, type TestInfo } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { type ConnectProxy, fixtureHosts, startConnectProxy } from './connect-proxy';
import { type FirefoxLaunchOptions, type FirefoxWithDeclic, launchFirefoxWithDeclic } from './firefox';
import { type FixtureServer, startFixtureServer } from './https-server';

export interface FirefoxOptions {
  /** Firefox's own language; Déclic's 'auto' language follows it. */
  lang: 'fr' | 'en';
}

interface Sites {
  server: FixtureServer;
  proxy: ConnectProxy;
}

interface FirefoxFixtures {
  firefox: FirefoxWithDeclic;
  /** Déclic's welcome tab (see firefox.ts). */
  welcome: Page;
  /** A new tab for web pages. */
  tab: Page;
}

/**
 * Launches Firefox with Déclic for one test. Its output (where extension errors go) is attached
 * to the report when the test fails, or always with DECLIC_FIREFOX_OUTPUT=1.
 */
export async function withFirefox(
  options: FirefoxLaunchOptions,
  use: (firefox: FirefoxWithDeclic) => Promise<void>,
  testInfo: TestInfo,
): Promise<void> {
  const firefox = await launchFirefoxWithDeclic(options);
  try {
    await use(firefox);
    // Errors in extension pages give no console event over BiDi: Firefox prints them instead.
    expect(firefox.declicErrors(), 'uncaught errors from Déclic, printed by Firefox').toEqual([]);
  } finally {
    if (testInfo.status !== testInfo.expectedStatus || process.env.DECLIC_FIREFOX_OUTPUT) {
      const path = testInfo.outputPath('firefox-output.txt');
      writeFileSync(path, firefox.output());
      await testInfo.attach('firefox-output', { path, contentType: 'text/plain' });
    }
    await firefox.close();
  }
}

export const test = base.extend<FirefoxOptions & FirefoxFixtures, { sites: Sites }>({
  lang: ['en', { option: true }],
  sites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      const server = await startFixtureServer();
      const proxy = await startConnectProxy(server.port, fixtureHosts(server));
      await use({ server, proxy });
      await proxy.close();
      await server.close();
    },
    { scope: 'worker' },
  ],
  firefox: ({ sites, lang }, use, testInfo) => withFirefox({ proxyPort: sites.proxy.port, lang }, use, testInfo),
  welcome: ({ firefox }, use) => use(firefox.welcome),
  tab: async ({ firefox }, use) => use(await firefox.newTab()),
});

export { expect };

/** Both languages of Firefox, for tests cheap enough to run twice. */
export const LANGS = ['fr', 'en'] as const;
