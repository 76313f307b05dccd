import type { CoachUi } from './coach-ui';
import { focusedIn } from './work-area';

/**
 * The keyboard shortcut: from the page into the coach (the guide's current step when one runs,
 * else the panel, opened if need be), and from the coach back to where the volunteer was.
 * Answered by the panel's script (the background loads it first when needed).
 */
export function focusCoach(ui: CoachUi): void {
  if (document.activeElement === ui.host) {
    const back = ui.returnTo;
    ui.returnTo = undefined;
    if (back?.isConnected) back.focus();
    else ui.launcher.blur();
    return;
  }
  ui.returnTo = focusedIn();
  if (ui.guide) ui.guide.focus();
  else if (ui.launcher.getAttribute('aria-expanded') === 'true') ui.panel?.focus();
  else ui.panel?.toggle(true);
}
