import { browser } from 'wxt/browser';
import type { MessageKey } from '../../utils/i18n';

/** The two families Déclic is built for; their menus are worded differently. */
export type BrowserKind = 'chrome' | 'firefox';

/** Known when the extension is built (one build per browser), so the page never has to guess. */
export const currentBrowser = (): BrowserKind => (import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome');

/** How to pin the icon, in each browser's own words. */
export const PIN_STEPS: Record<BrowserKind, { title: MessageKey; steps: MessageKey[] }> = {
  chrome: { title: 'welcome.pin.chrome', steps: ['welcome.pin.chrome.1', 'welcome.pin.chrome.2', 'welcome.pin.done'] },
  firefox: {
    title: 'welcome.pin.firefox',
    steps: ['welcome.pin.firefox.1', 'welcome.pin.firefox.2', 'welcome.pin.done'],
  },
};

/** Where each browser lets people choose an extension's keyboard shortcut. */
export const SHORTCUT_HELP: Record<BrowserKind, MessageKey> = {
  chrome: 'welcome.shortcut.none.chrome',
  firefox: 'welcome.shortcut.none.firefox',
};

/** The manifest command that opens the coach on the page (declared in wxt.config.ts). */
export const COACH_COMMAND = 'open-coach';

/** The keys the volunteer (or the browser) chose for the coach's command; '' when none. */
export function coachShortcut(commands: readonly { name?: string; shortcut?: string }[] | undefined): string {
  return commands?.find((command) => command.name === COACH_COMMAND)?.shortcut?.trim() ?? '';
}

/**
 * Read at run time: the volunteer can change it at any moment in the browser's own page. A build
 * without the command, or a browser without the commands API, simply has no shortcut.
 */
export async function readCoachShortcut(): Promise<string> {
  try {
    return coachShortcut(await browser.commands?.getAll?.());
  } catch {
    return '';
  }
}
