import { expect, type Page, type Worker } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { Launched } from './browser';

/** What the background records of a tab after each of the detector's reports (session storage). */
export interface TabCheck {
  site: string | null;
  toolId: string | null;
  contextId: string | null;
  shown: boolean;
  surfaces: string[];
  at: number;
}

type Chrome = { chrome: typeof browser };

/** The extension's service worker now (a stopped worker comes back as a new one). */
export async function workerOf(launched: Launched): Promise<Worker> {
  return launched.context.serviceWorkers()[0] ?? (await launched.context.waitForEvent('serviceworker'));
}

/**
 * Waits until Déclic has looked at a page of `site` (its report handled and its surfaces synced)
 * after `since`: the positive signal every "nothing happened" check waits for first.
 */
export async function lookedAt(
  launched: Launched,
  site: string,
  since: number,
  /** For a page that changes after load (an app rendering late): the check to wait for. */
  until: (check: TabCheck) => boolean = () => true,
): Promise<TabCheck> {
  let found: TabCheck | undefined;
  await expect
    .poll(async () => {
      const worker = await workerOf(launched);
      const checks = (await worker.evaluate(
        async () => (await (globalThis as unknown as Chrome).chrome.storage.session.get('tabChecks')).tabChecks ?? {},
      )) as Record<string, TabCheck>;
      found = Object.values(checks).find((check) => check.site === site && check.at >= since && until(check));
      return !!found;
    }, `Déclic looked at ${site}`)
    .toBe(true);
  return found as TabCheck;
}

/** Opens `url` and waits for Déclic to have looked at it. */
export async function openAndWaitForCheck(
  page: Page,
  launched: Launched,
  url: string,
  until?: (check: TabCheck) => boolean,
): Promise<TabCheck> {
  const since = Date.now();
  await page.goto(url);
  return lookedAt(launched, new URL(url).origin, since, until);
}

/**
 * Why Déclic stays away from a site it was never allowed on, read from the browser itself: no
 * host permission, no content script registered or declared for it. Nothing of Déclic can run there.
 */
export async function notAllowedOn(launched: Launched, site: string): Promise<boolean> {
  const worker = await workerOf(launched);
  return worker.evaluate(async (origin) => {
    const { chrome } = globalThis as unknown as Chrome;
    const granted = await chrome.permissions.contains({ origins: [`${origin}/*`] });
    const registered = await chrome.scripting.getRegisteredContentScripts();
    const declared = chrome.runtime.getManifest().content_scripts ?? [];
    const host = new URL(origin).host;
    const mentions = (patterns: string[] | undefined) =>
      (patterns ?? []).some((p) => p.includes(host) || p.includes('*://*/'));
    return !granted && !registered.some((s) => mentions(s.matches)) && !declared.some((s) => mentions(s.matches));
  }, site);
}

/** Waits until the background has applied a policy that sets `key` (at its start, or after a change). */
export async function policyApplied(launched: Launched, key: string): Promise<void> {
  await expect
    .poll(async () => {
      const worker = await workerOf(launched);
      const applied = (await worker.evaluate(
        async () => (await (globalThis as unknown as Chrome).chrome.storage.session.get('policyApplied')).policyApplied,
      )) as { keys: string[] } | undefined;
      return applied?.keys ?? [];
    }, `the policy with ${key} applied`)
    .toContain(key);
}
