import { expect, type Page } from '@playwright/test';
import { apps, type Lang, originOf } from './apps';
import type { Screen } from './screen-tests';

/** Roundcube 1.6 (Elastic skin) as a volunteer uses it: the login form and the main screens. */
export const roundcube = (lang: Lang) => {
  const site = apps.roundcube[lang];
  const url = (query = '') => `${originOf(site.host)}/${query}`;
  return { site, url };
};

export async function signIn(page: Page, lang: Lang): Promise<void> {
  const { site, url } = roundcube(lang);
  await page.goto(url());
  await page.locator('#rcmloginuser').fill(site.account.login);
  await page.locator('#rcmloginpwd').fill(site.account.password);
  await page.locator('#rcmloginsubmit').click();
  await expect(page.locator('body.task-mail')).toBeVisible();
  await settled(page);
}

/**
 * Roundcube keeps its state in the PHP session, written when each request ends: leaving a page
 * while its own requests still run can lose what the next page stored there (its compose
 * session, say). A volunteer is never that fast; a test waits for jQuery's count of requests
 * under way to fall to zero.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { jQuery?: { active: number } }).jQuery?.active === 0);
}

/** A row of the message list, by subject (the list is filled by script after the page loads). */
export const messageRow = (page: Page, subject: string) =>
  page.locator('#messagelist tbody tr').filter({ hasText: subject });

export function screens(lang: Lang): Screen[] {
  const { site, url } = roundcube(lang);
  const firstMail = site.mails[0]!;
  return [
    {
      name: 'inbox',
      context: null,
      // In the subject of the seeded notice of the general meeting.
      words: [lang === 'fr' ? 'assemblée générale' : 'general meeting'],
      async open(page) {
        await page.goto(url('?_task=mail&_mbox=INBOX'));
        await expect(messageRow(page, firstMail.subject)).toBeVisible();
        await settled(page);
      },
    },
    {
      name: 'a message, opened from the inbox',
      context: null,
      async open(page) {
        await page.goto(url('?_task=mail&_mbox=INBOX'));
        // A double click opens the message on its own page (a single one previews it in a frame).
        await messageRow(page, firstMail.subject).dblclick();
        await page.waitForURL(/_action=show/);
        await expect(page.locator('#message-header')).toContainText(firstMail.subject);
        await settled(page);
      },
    },
    {
      name: 'compose',
      context: 'compose',
      open: (page) => openCompose(page, lang),
    },
    {
      name: 'settings',
      context: null,
      async open(page) {
        await page.goto(url('?_task=settings'));
        await expect(page.locator('#sections-table')).toBeVisible();
        await settled(page);
      },
    },
    {
      name: 'contacts',
      context: null,
      async open(page) {
        await page.goto(url('?_task=addressbook'));
        await expect(page.locator('#directorylist')).toBeVisible();
        await settled(page);
      },
    },
  ];
}

export async function openCompose(page: Page, lang: Lang): Promise<void> {
  await page.goto(roundcube(lang).url('?_task=mail&_action=compose'));
  await expect(page.locator('#compose-subject')).toBeVisible();
  await settled(page);
}

/** Writes and sends a mail from the open compose screen; resolves once back in the mailbox. */
export async function sendMail(page: Page, to: string, subject: string, text: string): Promise<void> {
  // The To field is a recipient widget: typing the address and leaving the field makes a recipient.
  await page.locator('#compose_to input').fill(to);
  await page.locator('#compose-subject').fill(subject);
  await page.locator('#composebody').fill(text);
  await page.locator('#compose-content .formbuttons button.send, #toolbar-menu a.send').first().click();
  // After sending, Roundcube goes back to the mailbox it came from.
  await page.waitForURL((address) => !address.search.includes('_action=compose'));
  await expect(page.locator('body.task-mail')).toBeVisible();
}

/**
 * Roundcube's own chrome: the task menu, folder, contacts and settings lists, toolbars, list
 * headers, menus. Headings and field labels are read on purpose (« Objet », « Pièces jointes »).
 */
export const chrome = [
  '#layout-menu',
  '#mailboxlist',
  '#directorylist',
  '#settings-menu',
  '.toolbar',
  '.menu',
  '.popupmenu',
  '#messagelist thead',
  '.formbuttons',
  '.footer',
].join(', ');
