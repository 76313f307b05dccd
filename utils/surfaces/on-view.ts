import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import type { SurfaceId, SurfaceViews } from './surface-views';

/**
 * A surface listens for its views here, and only from the background: another content script
 * or a page could never reach this listener, and an extension page carries a tab.
 * Returns the function that stops listening (hand it to `ctx.onInvalidated`).
 */
export function onView<K extends SurfaceId>(surface: K, handler: (view: SurfaceViews[K] | null) => void): () => void {
  return onMessage('pushView', ({ data, sender }) => {
    if (fromBackground(sender) && data.surface === surface) handler(data.view as SurfaceViews[K] | null);
  });
}

/** The background's messages carry no tab: a content script's or a page's in a tab do. */
export function fromBackground(sender: { id?: string; tab?: unknown }): boolean {
  return sender.id === browser.runtime.id && !sender.tab;
}
