/**
 * Re-runs detection when the page changes: route changes (history and hash) right away,
 * DOM changes (a compose window, a share dialog) through one MutationObserver, batched.
 * When the page keeps churning without changing what we detect, the delay grows
 * (backing off up to MAX_DELAY); past it the observer is disconnected (even an observer costs a
 * page that changes on every frame) and the page is simply looked at every MAX_DELAY until what
 * we detect changes. The observer is also disconnected while the tab is hidden.
 */
export const MIN_DELAY = 300;
export const MAX_DELAY = 5000;

export interface WatchContext {
  onInvalidated(cb: () => void): unknown;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void): void;
}

export function watchPage(ctx: WatchContext, check: () => boolean, doc: Document = document): () => void {
  let delay = MIN_DELAY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const win = doc.defaultView ?? window;

  let polling = false;
  const runNow = () => {
    timer = undefined;
    const changed = check();
    const churned = !changed && delay === MAX_DELAY;
    delay = changed ? MIN_DELAY : Math.min(delay * 2, MAX_DELAY);
    if (churned && !polling) {
      polling = true;
      observer.disconnect();
    } else if (changed && polling) {
      polling = false;
      connect();
    }
    if (polling) timer = setTimeout(runNow, MAX_DELAY);
  };
  const schedule = () => {
    timer ??= setTimeout(runNow, delay);
  };
  const observer = new MutationObserver(schedule);
  const connect = () => observer.observe(doc.documentElement, { childList: true, subtree: true });
  // The navigate event fires before the URL commits: check on the next task.
  const onRoute = () => {
    if (timer) clearTimeout(timer);
    delay = MIN_DELAY;
    timer = setTimeout(runNow, 0);
  };

  ctx.addEventListener(win, 'wxt:locationchange', onRoute);
  ctx.addEventListener(win, 'hashchange', onRoute);
  ctx.addEventListener(win, 'popstate', onRoute);
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (doc.visibilityState === 'hidden') {
      observer.disconnect();
      if (timer) clearTimeout(timer);
      timer = undefined;
    } else {
      polling = false;
      connect();
      onRoute();
    }
  });
  if (doc.visibilityState !== 'hidden') connect();

  const stop = () => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
  };
  ctx.onInvalidated(stop);
  return stop;
}
