// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_DELAY, MIN_DELAY, watchPage } from '../../utils/tools/page-watcher';

function fakeContext() {
  const controller = new AbortController();
  return {
    controller,
    ctx: {
      onInvalidated: (cb: () => void) => controller.signal.addEventListener('abort', cb),
      addEventListener: (target: EventTarget, type: string, handler: (event: Event) => void) =>
        target.addEventListener(type, handler, { signal: controller.signal }),
    },
  };
}

const flush = () => new Promise((resolve) => queueMicrotask(() => resolve(undefined)));

describe('page watcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('re-checks after a hash route change, right away', async () => {
    const { ctx, controller } = fakeContext();
    const check = vi.fn(() => true);
    watchPage(ctx, check);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('batches DOM changes and backs off while the page churns without news', async () => {
    const { ctx, controller } = fakeContext();
    const check = vi.fn(() => false);
    watchPage(ctx, check);
    const churn = async () => {
      document.body.append(document.createElement('span'));
      await flush();
    };
    await churn();
    await churn();
    await vi.advanceTimersByTimeAsync(MIN_DELAY);
    expect(check).toHaveBeenCalledTimes(1);
    await churn();
    await vi.advanceTimersByTimeAsync(MIN_DELAY);
    expect(check).toHaveBeenCalledTimes(1); // the delay doubled
    await vi.advanceTimersByTimeAsync(MIN_DELAY);
    expect(check).toHaveBeenCalledTimes(2);
    for (let i = 0; i < 10; i++) {
      await churn();
      await vi.advanceTimersByTimeAsync(MAX_DELAY);
    }
    expect(check.mock.calls.length).toBeLessThanOrEqual(12);
    controller.abort();
  });

  it('under constant churn, stops observing and looks every MAX_DELAY until what it detects changes', async () => {
    const { ctx, controller } = fakeContext();
    let news = false;
    const check = vi.fn(() => news);
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    watchPage(ctx, check);
    for (let i = 0; i < 12; i++) {
      document.body.append(document.createElement('span'));
      await flush();
      await vi.advanceTimersByTimeAsync(MAX_DELAY);
    }
    expect(disconnect).toHaveBeenCalledTimes(1);
    const calls = check.mock.calls.length;
    // No more DOM events reach it, yet it still looks, once per MAX_DELAY.
    await vi.advanceTimersByTimeAsync(MAX_DELAY * 3);
    expect(check.mock.calls.length).toBe(calls + 3);
    news = true;
    await vi.advanceTimersByTimeAsync(MAX_DELAY);
    expect(observe).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('stops observing once the content script is invalidated', async () => {
    const { ctx, controller } = fakeContext();
    const check = vi.fn(() => true);
    watchPage(ctx, check);
    controller.abort();
    document.body.append(document.createElement('p'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await flush();
    await vi.advanceTimersByTimeAsync(MAX_DELAY);
    expect(check).not.toHaveBeenCalled();
  });
});
