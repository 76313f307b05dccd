import { browser } from 'wxt/browser';
import { allHighlightCss } from '../../../utils/glossary/highlight-styles';
import { sendMessage } from '../../../utils/messaging/protocol';
import { rowOf, type SurfaceId, type SurfaceInput, type SurfaceRow, surfaceTable } from './table';

/** The frame a surface lives in: the tab's top frame, or the frame of a selection ("Explain"). */
export interface Target {
  tabId: number;
  frameId: number;
}

/** The highlight stylesheet each tab has, so a sync changes it only when the style changed. */
const cssOf = new Map<number, string>();

/** Loads a surface's script into a frame; false (quietly) where we may not. */
function injectScript(target: Target, entry: SurfaceRow): Promise<boolean> {
  if (!entry.script) return Promise.resolve(true);
  return (
    browser.scripting
      .executeScript({ target: { tabId: target.tabId, frameIds: [target.frameId] }, files: [entry.script] })
      .then(() => true)
      // The tab closed or navigated away meanwhile: nothing to draw on.
      .catch(() => false)
  );
}

/**
 * A surface's user stylesheet: the other styles' sheets go, the chosen one comes. On a fresh load
 * the last sheet inserted wins anyway, so there is nothing to remove first.
 */
async function syncCss(target: Target, css: string, fresh: boolean): Promise<void> {
  if (!fresh && cssOf.get(target.tabId) === css) return;
  const where = { tabId: target.tabId, frameIds: [target.frameId] };
  for (const other of allHighlightCss()) {
    if (other !== css && !fresh)
      await browser.scripting.removeCSS({ target: where, css: other }).catch(() => undefined);
  }
  await browser.scripting.insertCSS({ target: where, css }).catch(() => undefined);
  cssOf.set(target.tabId, css);
}

/** A new page in a tab: its stylesheets went with the old one. */
export const forgetTabCss = (tabId: number) => cssOf.delete(tabId);

export function push(target: Target, entry: SurfaceRow, input: SurfaceInput | null): Promise<void> {
  const view = input ? entry.view(input) : null;
  return sendMessage('pushView', { surface: entry.id, view } as never, target).catch(() => undefined);
}

/**
 * Brings a tab's surfaces in line with its context: each that applies is loaded if missing and
 * handed its view; each that no longer applies is told so (a null view) and removes itself.
 * `opened` names surfaces the volunteer just asked for (the panel). Says which surfaces run now.
 */
export async function syncSurfaces(
  input: SurfaceInput,
  loaded: readonly SurfaceId[],
  opened: readonly SurfaceId[] = [],
): Promise<SurfaceId[]> {
  const target = { tabId: input.tabId, frameId: 0 };
  const running: SurfaceId[] = input.show ? ['launcher'] : [];
  for (const entry of surfaceTable as readonly SurfaceRow<SurfaceId>[]) {
    if (entry.trigger === 'menu' || entry.id === 'launcher') continue;
    const isLoaded = loaded.includes(entry.id);
    const wanted = entry.applies(input) && (entry.trigger === 'page' || isLoaded || opened.includes(entry.id));
    if (wanted) {
      if (!isLoaded && !(await injectScript(target, entry))) return running;
      // A loaded surface may still need its stylesheet changed (the volunteer chose another style).
      const css = entry.css?.(input);
      if (css) await syncCss(target, css, !isLoaded);
      await push(target, entry, input);
      running.push(entry.id);
    } else if (isLoaded) {
      await push(target, entry, null);
    }
  }
  return running;
}

/** One surface into one frame, now (the panel on a click, a guide's step, "Explain" from the menu). */
export async function showSurface(id: SurfaceId, target: Target, input: SurfaceInput, loaded: boolean): Promise<void> {
  const entry = rowOf(id);
  if (!entry.applies(input)) {
    if (loaded) await push(target, entry, null);
    return;
  }
  if (!loaded && !(await injectScript(target, entry))) return;
  await push(target, entry, input);
}
