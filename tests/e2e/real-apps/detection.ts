import type { Page, Worker } from '@playwright/test';
import type { browser } from 'wxt/browser';

/**
 * What Déclic's background knows about a tab, read from inside its service worker: the
 * detection reports its content script sent (recorded by a listener the test adds) and the
 * `tabStates` it keeps in session storage. The reports are the positive signal that the
 * detector ran on a page, even where it found nothing (and so left no tab state).
 */
export interface Report {
  tabId: number | null;
  url: string;
  toolId: string | null;
  contextId: string | null;
}

export interface TabState {
  toolId: string;
  contextId: string | null;
  site: string;
}

type Recorder = { chrome: typeof browser; realAppsReports?: Report[] };

/** Adds a listener beside the background's own: it only records, it never answers. */
export async function recordReports(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as Recorder;
    if (scope.realAppsReports) return;
    const reports: Report[] = [];
    scope.realAppsReports = reports;
    scope.chrome.runtime.onMessage.addListener((message: unknown, sender) => {
      const { type, data } = (message ?? {}) as { type?: string; data?: Partial<Report> };
      if (type !== 'reportDetection') return;
      const { toolId = null, contextId = null } = data ?? {};
      reports.push({ tabId: sender.tab?.id ?? null, url: sender.url ?? '', toolId, contextId });
    });
  });
}

/** Reports recorded so far (the service worker restarting would lose them: the wait then fails). */
export function reports(worker: Worker): Promise<Report[]> {
  return worker.evaluate(() => {
    const recorded = (globalThis as unknown as Recorder).realAppsReports;
    if (!recorded) throw new Error('The report recorder is gone: the service worker restarted');
    return recorded;
  });
}

/** The browser tab showing this page (one tab per URL in these tests). */
export function tabIdOf(worker: Worker, page: Page): Promise<number | null> {
  return worker.evaluate(
    async (url) =>
      (await (globalThis as unknown as Recorder).chrome.tabs.query({})).find((tab) => tab.url === url)?.id ?? null,
    page.url(),
  );
}

export function tabStateOf(worker: Worker, tabId: number): Promise<TabState | null> {
  return worker.evaluate(async (id) => {
    const { tabStates = {} } = await (globalThis as unknown as Recorder).chrome.storage.session.get('tabStates');
    return (tabStates as Record<string, TabState>)[id] ?? null;
  }, tabId);
}

/** Self-hosted origins get the detector through registered content scripts: are ours there? */
export function registeredMatches(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () =>
    (await (globalThis as unknown as Recorder).chrome.scripting.getRegisteredContentScripts()).flatMap(
      (script) => script.matches ?? [],
    ),
  );
}
