import { browser } from 'wxt/browser';

export const DETECTOR_FILE = '/content-scripts/detector.js';

/** Runs the detector in a tab's top frame now; quietly does nothing where we may not. */
export async function injectDetector(tabId: number): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: [DETECTOR_FILE] })
    .catch(() => undefined);
}
