import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';

/**
 * A surface listens for its views here (its view type comes from its own view.ts), and only from the background: another content script
 * or a page could never reach this listener, and an extension page carries a tab.
 * Returns the function that stops listening (hand it to `ctx.onInvalidated`).
 */
export function onView<View>(surface: string, handler: (view: View | null) => void): () => void {
  return onMessage('pushView', ({ data, sender }) => {
    if (fromBackground(sender) && data.surface === surface) handler(data.view as View | null);
  });
}

/** The background's messages carry no tab: a content script's or a page's in a tab do. */
export function fromBackground(sender: { id?: string; tab?: unknown }): boolean {
  return sender.id === browser.runtime.id && !sender.tab;
}
