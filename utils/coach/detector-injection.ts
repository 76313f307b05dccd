import { browser } from 'wxt/browser';

export const DETECTOR_FILE = '/content-scripts/detector.js';

/** Runs the detector in a tab's top frame now; says false (quietly) where we may not. */
export async function injectDetector(tabId: number): Promise<boolean> {
  return browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: [DETECTOR_FILE] })
    .then(() => true)
    .catch(() => false);
}
