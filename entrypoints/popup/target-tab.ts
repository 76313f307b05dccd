import { type Browser, browser } from 'wxt/browser';
import { recentTabsItem } from '../../utils/tab-state';

/**
 * The tab the popup talks about. In the toolbar popup it is the active tab. When the
 * popup page is opened as a tab of its own (keyboard users, zoomed screens), it is the
 * tab the user came from.
 */
export async function targetTab(): Promise<Browser.tabs.Tab | null> {
  const self = await browser.tabs.getCurrent();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active ?? null;
  }
  const previous = (await recentTabsItem.getValue()).find((id) => id !== self.id);
  if (previous === undefined) return null;
  return browser.tabs.get(previous).catch(() => null);
}
