import { type Browser, browser } from 'wxt/browser';

/**
 * The tab the popup talks about. In the toolbar popup it is the active tab. When the
 * popup page is opened as a tab of its own (keyboard users, zoomed screens), it is the
 * web page the user looked at last in this window.
 */
export async function targetTab(): Promise<Browser.tabs.Tab | null> {
  const self = await browser.tabs.getCurrent();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active ?? null;
  }
  const ownPages = browser.runtime.getURL('/');
  const others = (await browser.tabs.query({ windowId: self.windowId })).filter(
    (tab) => tab.id !== self.id && !tab.url?.startsWith(ownPages),
  );
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0] ?? null;
}
