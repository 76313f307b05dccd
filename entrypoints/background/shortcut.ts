import { browser } from 'wxt/browser';

/**
 * The shortcut the volunteer can press to reach the coach, as the browser shows it: the panel
 * says it. Read at start and again whenever a panel's view is built (the volunteer may change it
 * in the browser's shortcuts page); the first view after a change can still show the old one.
 */
let shortcut = '';

/** The manifest's keyboard command (wxt.config.ts): opens the coach in the tab in front. */
export const OPEN_COACH_COMMAND = 'open-coach';

export function readShortcut(): Promise<void> {
  // A browser (or a test double) without the commands API: no shortcut to show.
  return Promise.resolve()
    .then(() => browser.commands.getAll())
    .then((all) => {
      shortcut = all.find((c) => c.name === OPEN_COACH_COMMAND)?.shortcut ?? '';
    })
    .catch(() => undefined);
}

export function openCoachShortcut(): string {
  void readShortcut();
  return shortcut;
}
