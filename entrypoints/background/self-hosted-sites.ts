import { browser } from 'wxt/browser';
import { DETECTOR_FILE, injectDetector } from '../../utils/coach/detector-injection';
import { grantedSelfHostedOrigins } from '../../utils/coach/self-hosted-origins';
import { serial } from '../../utils/serial';

/**
 * Self-hosted tools live on any domain. For each origin the user (or an association's
 * build, through its manifest) granted, the detector is registered as a content script
 * that persists across restarts. SaaS hosts are already in the manifest.
 */
export const SELF_HOSTED_SCRIPT_ID = 'declic-detector-self-hosted';

const queue = serial();

export function syncSelfHostedScripts(): Promise<void> {
  return queue(async () => {
    const matches = await grantedSelfHostedOrigins();
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SELF_HOSTED_SCRIPT_ID] });
    const current = registered[0]?.matches?.slice().sort() ?? [];
    if (current.join() === matches.join()) return;
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SELF_HOSTED_SCRIPT_ID] });
    if (!matches.length) return;
    await browser.scripting.registerContentScripts([
      { id: SELF_HOSTED_SCRIPT_ID, matches, js: [DETECTOR_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    // Pages already open on those sites (the one just granted, or opened during start-up) get it now.
    const open = await browser.tabs.query({ url: matches });
    await Promise.all(open.map((tab) => (tab.id === undefined ? undefined : injectDetector(tab.id))));
  });
}
