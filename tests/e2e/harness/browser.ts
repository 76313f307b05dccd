import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';

export const BUILD_DIR = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');
export const CHROMIUM = process.env.DECLIC_CHROMIUM ?? '/usr/bin/chromium';

/**
 * A copy of the build whose manifest also grants the given origins at install time, as an
 * association's own build does. The extension id stays the same (it comes from the key).
 */
export function buildGranting(origins: readonly string[]): string {
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) throw new Error('Run `npm run build` first');
  if (!origins.length) return BUILD_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'declic-build-'));
  cpSync(BUILD_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...origins];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export interface LaunchOptions {
  extensionDir: string;
  port: number;
  lang: 'fr' | 'en';
  withExtension?: boolean;
  /** A profile to reuse across launches (a browser restart); kept on close. Default: a fresh one. */
  profileDir?: string;
  /** The window's CSS size and pixel ratio: 683 × 410 at 2 is a 1366 × 820 screen zoomed to 200 %. */
  screen?: Display;
}

export interface Display {
  width: number;
  height: number;
  deviceScaleFactor: number;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker | null;
  close(): Promise<void>;
}

/** Debian's Chromium with the unpacked extension, every host name mapped to the fixture server. */
export async function launch({
  extensionDir,
  port,
  lang,
  withExtension = true,
  profileDir,
  screen = { width: 1280, height: 800, deviceScaleFactor: 1 },
}: LaunchOptions): Promise<Launched> {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'declic-profile-'));
  const args = [
    `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
    `--lang=${lang === 'fr' ? 'fr-FR' : 'en-US'}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
    env: {
      ...process.env,
      LANGUAGE: lang === 'fr' ? 'fr_FR' : 'en_US',
      LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8',
    },
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.deviceScaleFactor,
  });
  let serviceWorker: Worker | null = null;
  let extensionId = '';
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(serviceWorker.url()).host;
  }
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
