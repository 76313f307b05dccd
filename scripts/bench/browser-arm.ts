import type { CDPSession, Page } from '@playwright/test';
import { type Launched, launch } from '../../tests/e2e/harness/browser';
import type { StoredPack } from '../../utils/storage/pack-items';
import { INIT_SCRIPT } from './in-page';

export interface BenchEnv {
  extensionDir: string;
  port: number;
  throttle: number;
}

export interface OpenArm {
  launched: Launched;
  page: Page;
  cdp: CDPSession;
  throttle: number;
}

export interface ArmSetup {
  withExtension: boolean;
  settings?: Record<string, unknown>;
  packs?: StoredPack[];
}

type Chrome = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

/**
 * A fresh browser and profile, one foreground tab with the probes registered and the CPU
 * throttled if asked. With Déclic, the install tab is closed first (it would push the measured
 * page to the background), and settings or packs are written through the service worker.
 */
export async function openArm(env: BenchEnv, setup: ArmSetup): Promise<OpenArm> {
  const launched = await launch({
    extensionDir: env.extensionDir,
    port: env.port,
    lang: 'fr',
    withExtension: setup.withExtension,
  });
  const { context } = launched;
  if (setup.withExtension) {
    // Its opening is the sign that the install was handled: waited for, never a fixed sleep.
    const welcome =
      context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
      (await context
        .waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 10_000 })
        .catch(() => null));
    await welcome?.close();
  }
  const items: Record<string, unknown> = {};
  if (setup.settings) items.settings = setup.settings;
  if (setup.packs) items.packs = setup.packs;
  if (Object.keys(items).length) {
    await launched.serviceWorker?.evaluate(
      (all) => (globalThis as unknown as Chrome).chrome.storage.local.set(all),
      items,
    );
  }
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Set before the first navigation: Chromium keeps it across this tab's navigations.
  if (env.throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: env.throttle });
  return { launched, page, cdp, throttle: env.throttle };
}

export interface PageMetrics {
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  heapMb: number;
  nodes: number;
  /** From navigation start to the moment the metrics were read, by Chromium's clock. */
  sinceNavigationMs: number;
}

/** Chromium's counters for this tab's main thread since the navigation (a fresh renderer). */
export async function pageMetrics(cdp: CDPSession): Promise<PageMetrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m: { name: string }) => m.name === name)?.value ?? 0;
  return {
    taskMs: get('TaskDuration') * 1000,
    scriptMs: get('ScriptDuration') * 1000,
    styleMs: get('RecalcStyleDuration') * 1000,
    layoutMs: get('LayoutDuration') * 1000,
    heapMb: get('JSHeapUsedSize') / 1024 / 1024,
    nodes: get('Nodes'),
    sinceNavigationMs: (get('Timestamp') - get('NavigationStart')) * 1000,
  };
}
