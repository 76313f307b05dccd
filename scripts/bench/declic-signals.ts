import type { CDPSession, Worker } from '@playwright/test';
import type { Launched } from '../../tests/e2e/harness/browser';

/** What the background records of a tab once it is done with a page (session storage). */
export interface TabCheck {
  site: string | null;
  toolId: string | null;
  shown: boolean;
  surfaces: string[];
  at: number;
}

type Chrome = { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } };

const within = <T>(promise: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);

/** The worker now: a stopped one comes back as a new worker. */
const workerNow = (launched: Launched): Worker | undefined => launched.context.serviceWorkers().at(-1);

/**
 * Déclic's positive signal that it is done with a page of `site` loaded after `since`: the
 * background's record of the tab. Read only after a measured window, never during one.
 */
export async function declicDone(launched: Launched, site: string, since: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const worker = workerNow(launched);
    const checks = worker
      ? await within(
          worker
            .evaluate(
              async () => (await (globalThis as unknown as Chrome).chrome.storage.session.get('tabChecks')).tabChecks,
            )
            .catch(() => null),
          3000,
        )
      : null;
    const found = Object.values((checks ?? {}) as Record<string, TabCheck>).find(
      (check) => check.site === site && check.at >= since,
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

/**
 * Stops the extension's service worker as Chrome does after 30 s idle, and waits for Chromium
 * to report it stopped. Says whether it did.
 */
export async function stopWorkers(cdp: CDPSession, timeoutMs = 10_000): Promise<boolean> {
  let resolveStopped: (value: boolean) => void = () => undefined;
  const stopped = new Promise<boolean>((resolve) => {
    resolveStopped = resolve;
  });
  const onUpdate = ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    const ours = versions.filter((v) => v.scriptURL.startsWith('chrome-extension://'));
    if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) resolveStopped(true);
  };
  cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const done = (await within(stopped, timeoutMs)) ?? false;
  cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
  await cdp.send('ServiceWorker.disable');
  return done;
}

/** Counts the isolated worlds Chromium creates for Déclic in this tab from now on. */
export async function countDeclicWorlds(cdp: CDPSession): Promise<() => number> {
  let worlds = 0;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && /Déclic|declic/i.test(context.name)) worlds++;
  });
  await cdp.send('Runtime.enable');
  return () => worlds;
}
