import type { OpenArm } from './browser-arm';
import { ARM_PANEL_WATCH, PANEL_GONE, PANEL_PAINTED, PANEL_TIMES } from './in-page';

interface PanelTimes {
  clickAt: number | null;
  shownAt: number | null;
  paintedAt: number | null;
}

/** One click on the launcher → the panel visible and its frame started, in page time (ms). */
async function openOnce(arm: OpenArm): Promise<number | null> {
  await arm.page.evaluate(ARM_PANEL_WATCH);
  // A real (trusted) click, as the volunteer's; the page stamps its pointerdown.
  await arm.page.locator('declic-coach button.launcher').click();
  const painted = await arm.page
    .waitForFunction(PANEL_PAINTED, null, { polling: 50, timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  const times = (await arm.page.evaluate(PANEL_TIMES)) as PanelTimes;
  return painted && times.clickAt !== null && times.paintedAt !== null ? times.paintedAt - times.clickAt : null;
}

/**
 * Cold: the first open on a page (the background injects the panel's script then). Warm: closed
 * with Escape, as a volunteer does, and opened again (the script is there, React re-renders).
 */
export async function panelOpen(arm: OpenArm): Promise<{ cold: number | null; warm: number | null }> {
  const cold = await openOnce(arm);
  if (cold === null) return { cold, warm: null };
  await arm.page.keyboard.press('Escape');
  const closed = await arm.page
    .waitForFunction(PANEL_GONE, null, { polling: 50, timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  return { cold, warm: closed ? await openOnce(arm) : null };
}
