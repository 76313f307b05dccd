import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, EXTENSION_UUID, extensionPage, GECKO_ID, withTimeout } from './firefox-extension';

export const FIREFOX_BUILD_DIR = join(import.meta.dirname, '..', '..', '..', '.output', 'firefox-mv3');
export const FIREFOX = process.env.DECLIC_FIREFOX ?? '/usr/bin/firefox-esr';

export interface FirefoxLaunchOptions {
  /** The CONNECT proxy that maps every fixture host name to the fixture server. */
  proxyPort: number;
  lang: 'fr' | 'en';
}

export interface FirefoxWithDeclic {
  browser: Browser;
  /** What installExtension answered: the add-on's id. */
  addonId: string;
  /** Déclic's welcome tab, opened by the add-on itself at install: the tests' door to its APIs. */
  welcome: Page;
  /** A new tab for web pages. */
  newTab(): Promise<Page>;
  /** Firefox's stdout and stderr so far (extension errors land there, not in console events). */
  output(): string;
  /** Uncaught errors Firefox printed for Déclic's pages and scripts. */
  declicErrors(): string[];
  close(): Promise<void>;
}

/**
 * Firefox ESR, driven over WebDriver BiDi by puppeteer-core, with Déclic installed as a
 * temporary add-on, as a developer does from about:debugging. A fresh profile every time.
 */
export async function launchFirefoxWithDeclic({ proxyPort, lang }: FirefoxLaunchOptions): Promise<FirefoxWithDeclic> {
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) throw new Error('Run `npm run build` first');
  // A copy: a rebuild during the run cannot change the add-on under a running Firefox.
  const addonDir = mkdtempSync(join(tmpdir(), 'declic-ff-addon-'));
  cpSync(FIREFOX_BUILD_DIR, addonDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'declic-ff-profile-'));
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // permissions.request() on a real click grants at once (the prompt is Firefox's, not ours).
      'extensions.webextOptionalPermissionPrompts': false,
      // Console output of pages and extension pages goes to stdout (BiDi gives none for the latter).
      'devtools.console.stdout.content': true,
      // Firefox's own language (it needs the firefox-esr-l10n-fr langpack): what i18n.getUILanguage() says.
      'intl.locale.requested': locale,
      'intl.accept_languages': lang === 'fr' ? 'fr-FR, fr' : 'en-US, en',
      // Every connection, localhost included, through the CONNECT proxy (connect-proxy.ts); no QUIC.
      'network.http.http3.enable': false,
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  const chunks: string[] = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => chunks.push(chunk));
  }
  const close = async () => {
    await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    rmSync(profile, { recursive: true, force: true });
    rmSync(addonDir, { recursive: true, force: true });
  };
  try {
    const addonId = await browser.installExtension(addonDir);
    const welcome = await extensionPage(browser, '/welcome.html');
    const newTab = async () => withTimeout(await browser.newPage());
    const output = () => chunks.join('');
    const declicErrors = () =>
      output()
        .split('\n')
        .filter((line) => line.startsWith(`JavaScript error: ${EXTENSION_ORIGIN}/`));
    return { browser, addonId, welcome, newTab, output, declicErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
