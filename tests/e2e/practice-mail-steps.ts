import { expect, type Page } from '@playwright/test';
import type { StepActions } from './harness/practice-page';
import type { Lang } from './real-apps/apps';
import { t } from './real-apps/declic-words';

/** What each step's text asks the volunteer to do by hand in the two webmail spaces, by guide key. */

const BOARD = [
  'presidente@example.org',
  'tresorier@example.org',
  'secretaire@example.org',
  'vice-president@example.org',
];
export const OWN = 'contact@asso.example.org';
const gm = (lang: Lang, key: string) => t(lang, `practice.gmail.ui.${key}`);
const rc = (lang: Lang, key: string) => t(lang, `practice.roundcube.ui.${key}`);

/** Chooses a sample file in the pretend « Ouvrir » window and opens it. */
export async function pickFile(page: Page, lang: Lang): Promise<string> {
  const name = t(lang, 'practice.gmail.picker.file.minutes');
  const picker = page.getByRole('dialog', { name: t(lang, 'practice.gmail.picker.title') });
  // By the keyboard: the guide's callout, beside « Envoyer », may lie over the pretend window.
  const file = picker.getByRole('radio', { name });
  await file.focus();
  await page.keyboard.press('Space');
  await expect(file).toBeChecked();
  await picker.getByRole('button', { name: t(lang, 'practice.gmail.picker.open'), exact: true }).press('Enter');
  await expect(picker).toHaveCount(0);
  return name;
}

const gmailCompose = (page: Page, lang: Lang) => page.getByRole('dialog', { name: gm(lang, 'new-message') });

export const stepActions = (lang: Lang): Record<string, StepActions> => ({
  'declic-essentials/gmail-send-attachment': {
    1: (page) => gmailCompose(page, lang).getByLabel(gm(lang, 'to'), { exact: true }).fill('claire.martin@example.org'),
    4: async (page) => {
      const name = await pickFile(page, lang);
      await expect(gmailCompose(page, lang).getByText(name)).toBeVisible();
    },
  },
  'declic-essentials/gmail-bcc': {
    0: (page) => page.getByRole('button', { name: gm(lang, 'compose'), exact: true }).click(),
    2: (page) => gmailCompose(page, lang).getByLabel(gm(lang, 'bcc'), { exact: true }).fill(BOARD.join(', ')),
    3: (page) => gmailCompose(page, lang).getByLabel(gm(lang, 'to'), { exact: true }).fill(OWN),
  },
  'declic-essentials/gmail-search': {
    1: async (page) => {
      await page.getByRole('textbox', { name: gm(lang, 'search') }).fill('Claire');
      await page.keyboard.press('Enter');
    },
    2: (page) => page.locator('.gm-row button').filter({ hasText: 'Claire Martin' }).click(),
    4: (page) => page.getByRole('link', { name: gm(lang, 'inbox') }).click(),
  },
  'declic-vie-asso/gmail-report-phishing': {
    0: (page) =>
      page
        .locator('.gm-row button')
        .filter({ hasText: t(lang, 'practice.gmail.msg.phishing.subject') })
        .click(),
  },
  'declic-essentials/roundcube-send-attachment': {
    1: (page) => page.locator('#_to').fill('claire.martin@example.org'),
    4: async (page) => {
      const name = await pickFile(page, lang);
      await expect(page.locator('#attachment-list')).toContainText(name);
    },
  },
  'declic-essentials/roundcube-bcc': {
    0: (page) => page.getByRole('button', { name: rc(lang, 'compose'), exact: true }).click(),
    3: (page) => page.locator('#_bcc').fill(BOARD.join(', ')),
    4: (page) => page.locator('#_to').fill(OWN),
  },
  'declic-essentials/roundcube-set-vacation': {
    5: async (page) => {
      await page.locator('[name=vacation_status]').selectOption('on');
    },
  },
  'declic-vie-asso/roundcube-report-phishing': {
    1: (page) =>
      page
        .locator('#messagelist button')
        .filter({ hasText: t(lang, 'practice.gmail.msg.phishing.subject') })
        .click(),
  },
});

/** What each guide leaves behind, seen in the space: the proof the imitation did what the steps said. */
export const afterGuide = (lang: Lang): Record<string, (page: Page) => Promise<void>> => ({
  'declic-essentials/gmail-send-attachment': (page) =>
    expect(page.getByRole('status').filter({ hasText: gm(lang, 'sent-toast') })).toBeVisible(),
  'declic-essentials/gmail-bcc': (page) =>
    expect(page.getByRole('status').filter({ hasText: gm(lang, 'sent-toast') })).toBeVisible(),
  'declic-essentials/gmail-search': (page) => expect(page.locator('.gm-row')).toHaveCount(5),
  'declic-vie-asso/gmail-report-phishing': async (page) => {
    await expect(page.getByRole('status').filter({ hasText: gm(lang, 'reported-toast') })).toBeVisible();
    await expect(page.locator('.gm-row')).toHaveCount(4);
  },
  'declic-essentials/roundcube-send-attachment': (page) =>
    expect(page.locator('#messagestack')).toHaveText(rc(lang, 'message-sent')),
  'declic-essentials/roundcube-bcc': (page) =>
    expect(page.locator('#messagestack')).toHaveText(rc(lang, 'message-sent')),
  'declic-essentials/roundcube-set-vacation': (page) =>
    expect(page.locator('#messagestack')).toHaveText(rc(lang, 'vacation-saved')),
  'declic-vie-asso/roundcube-report-phishing': async (page) => {
    await expect(page.locator('#mailboxlist li.junk')).toHaveClass(/selected/);
    await expect(page.locator('#messagelist')).toContainText(t(lang, 'practice.gmail.msg.phishing.subject'));
  },
});
