import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context, minus what it says to the page. WXT 0.21.4 tells an older copy of
 * a script to stop with an event on `document` named after the extension's id (and, unless told
 * otherwise, a `postMessage(…, '*')`): any page could replay it to stop every Déclic script, and
 * read the id in it. Its URL watcher also fires a window event with that name. Here the copies of
 * a page's scripts know each other only in the extension's isolated world (which the page cannot
 * reach): a second copy of a surface does nothing (each checks `markLoaded`), and a copy left
 * orphaned by an update of Déclic stops as soon as a new copy starts. The build puts this class in
 * WXT's place (scripts/quiet-script-context.ts).
 */
const SLOT = Symbol.for('declic.script-contexts');
const slot = globalThis as Record<symbol, Set<WxtContext> | undefined>;

export class ContentScriptContext extends WxtContext {
  override stopOldScripts(): void {
    slot[SLOT] ??= new Set();
    const all = slot[SLOT];
    // `isInvalid` stops a copy whose extension is gone (reloaded or updated); live copies stay.
    for (const old of [...all]) if (old.isInvalid) all.delete(old);
    all.add(this);
    this.onInvalidated(() => all.delete(this));
  }

  override listenForNewerScripts(): void {}

  override addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type !== 'wxt:locationchange')
      return void target.addEventListener(type, handler, { ...options, signal: this.signal });
    watchLocation(this, handler);
  }
}

/** Calls back when the page's address changes (the Navigation API, else a look every second). */
function watchLocation(ctx: WxtContext, onChange: (event: Event) => void): void {
  let last = location.href;
  const changed = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(new Event('locationchange'));
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  // The navigate event fires before the address commits: look on the next task.
  if (nav?.addEventListener) nav.addEventListener('navigate', () => setTimeout(changed, 0), { signal: ctx.signal });
  else ctx.setInterval(changed, 1000);
}
