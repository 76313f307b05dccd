import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { coachOf, expect, launcherOf, showAllTips, test } from './harness/fixtures';

const example = 'docs/examples/packs/studio-example.json';

async function expectNoAxeViolations(page: Page) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('[data-pack-id="declic-essentials"]')).toBeVisible();
}

test('a mentor makes a pack with the form, fixes a mistake, exports it, and its tip reaches the coach', async ({
  page,
  browserWithDeclic,
  extensionId,
}) => {
  await openOptions(page, extensionId);
  await page.getByRole('link', { name: 'Make or edit a pack' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Make or edit a pack' })).toBeVisible();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Name of the pack', exact: true }).fill('Garden tips');
  await page
    .getByRole('textbox', { name: 'Description of the pack (what volunteers will find in it)', exact: true })
    .fill('Our association tips.');
  await page
    .getByRole('group', { name: 'Who wrote this pack' })
    .getByRole('textbox', { name: 'Name', exact: true })
    .fill('Claire');

  // The first tip with the keyboard only: the button, the tool, the title, and bold through its button.
  await page.getByRole('button', { name: 'Add a tip' }).focus();
  await page.keyboard.press('Enter');
  const tip1 = page.getByRole('group', { name: 'Tip 1' });
  await tip1.getByLabel('Tool').focus();
  await tip1.getByLabel('Tool').selectOption({ label: 'Outlook' });
  await tip1.getByRole('textbox', { name: 'Title', exact: true }).focus();
  await page.keyboard.type('Use the shared mailbox');
  await tip1.getByRole('textbox', { name: 'Text of the tip', exact: true }).focus();
  await page.keyboard.type('Ask ');
  await tip1.getByRole('button', { name: 'Bold (Text of the tip)' }).focus();
  await page.keyboard.press('Enter');
  // The button gives the focus back to the text, the sample words selected: typing replaces them.
  await expect(tip1.getByRole('textbox', { name: 'Text of the tip', exact: true })).toBeFocused();
  await page.keyboard.type('Claire');
  await expect(tip1.getByRole('textbox', { name: 'Text of the tip', exact: true })).toHaveValue('Ask **Claire**');

  // The second tip starts on the same tool; its title is forgotten.
  await page.getByRole('button', { name: 'Add a tip' }).click();
  const tip2 = page.getByRole('group', { name: 'Tip 2' });
  await expect(tip2.getByLabel('Tool')).toHaveValue('outlook');
  await tip2
    .getByRole('textbox', { name: 'Text of the tip', exact: true })
    .fill('Add the signature of the association.');

  await page.getByRole('button', { name: 'Add a word' }).click();
  const word = page.getByRole('group', { name: 'Word 1' });
  await word.getByRole('textbox', { name: 'Word', exact: true }).fill('Bcc');
  await word.getByRole('textbox', { name: 'Plain explanation', exact: true }).fill('A hidden copy.');

  await page.getByRole('button', { name: 'Add a guide' }).click();
  const guide = page.getByRole('group', { name: 'Guide 1' });
  await guide.getByRole('textbox', { name: 'Title of the guide', exact: true }).fill('Send a message');
  await guide.getByRole('textbox', { name: 'Text of step 1', exact: true }).fill('Open a new message.');
  await guide.getByRole('textbox', { name: 'Text of step 2', exact: true }).fill('Press Send.');
  await guide.getByRole('button', { name: 'Add a step' }).click();
  await guide.getByRole('textbox', { name: 'Text of step 3', exact: true }).fill('Write to the members.');
  await guide.getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(guide.getByRole('textbox', { name: 'Text of step 2', exact: true })).toHaveValue(
    'Write to the members.',
  );
  await expect(guide.getByRole('textbox', { name: 'Text of step 3', exact: true })).toHaveValue('Press Send.');

  // Export refused, in words, on the field and in the summary.
  await page.getByRole('button', { name: 'Export the file' }).click();
  await expect(page.getByText('1 thing to fix before you export the pack:')).toBeVisible();
  const title2 = tip2.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title2).toHaveAttribute('aria-invalid', 'true');
  await expect(title2).toHaveAccessibleDescription(/The title of tip 2 is empty/);
  await expectNoAxeViolations(page);
  await title2.fill('Add the signature');
  await expect(page.getByText('The title of tip 2 is empty')).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('garden-tips.json');
  const file = readFileSync(await download.path());
  const pack = JSON.parse(file.toString('utf8'));
  expect(pack).toMatchObject({ id: 'garden-tips', version: '1.0.0', author: { name: 'Claire' } });
  expect(pack.tips.map((tip: { id: string }) => tip.id)).toEqual(['use-the-shared-mailbox', 'add-the-signature']);
  expect(pack.guides[0].steps).toHaveLength(3);
  await expect(page.getByText('The file garden-tips.json is ready (version 1.0.0).')).toBeVisible();
  await expectNoAxeViolations(page);
  // Sharing: an e-mail with the settings page's own steps (the mentor attaches the file), and how to
  // put the file online.
  const mail = decodeURIComponent(
    (await page.getByRole('link', { name: 'Prepare an e-mail' }).getAttribute('href')) ?? '',
  );
  expect(mail).toMatch(/^mailto:\?subject=A tip pack for Déclic: Garden tips&body=/);
  expect(mail).toContain('The file garden-tips.json is attached');
  expect(mail).toContain('click "Choose a file…"');
  await page.getByText('Put the pack online so that it updates itself').click();
  await expect(page.getByText(/add \/download at the end of the link/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Closing the page loses nothing: once saved, a reload shows the same draft.
  await expect(page.getByText('Your work is kept on this computer')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Tip 2' }).getByRole('textbox', { name: 'Title', exact: true }),
  ).toHaveValue('Add the signature');
  await expect(
    page.getByRole('group', { name: 'Guide 1' }).getByRole('textbox', { name: 'Text of step 3', exact: true }),
  ).toHaveValue('Press Send.');

  // The file goes through the settings page's import like any mentor's pack.
  await openOptions(page, extensionId);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'garden-tips.json', mimeType: 'application/json', buffer: file });
  await page.getByRole('button', { name: 'Install this pack' }).click();
  await expect(page.locator('[data-pack-id="garden-tips"]')).toContainText('From a file');
  // The form was in French only (its default): the file is, and the list says what an English volunteer reads.
  expect(pack.name).toEqual({ fr: 'Garden tips' });
  await expect(page.locator('[data-pack-id="garden-tips"] .pack-language')).toHaveText(
    'Written in French only: its tips show in French.',
  );

  const tab = await browserWithDeclic.context.newPage();
  await tab.goto('https://outlook.office.com/mail/');
  await launcherOf(tab).click();
  await showAllTips(tab);
  await expect(coachOf(tab).getByRole('heading', { name: 'Use the shared mailbox' })).toBeVisible();
  await expect(coachOf(tab).locator('strong', { hasText: 'Claire' })).toBeVisible();
});

test('a mentor opens the example pack, reads what the file will contain, then starts a new pack', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/studio.html`);
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'studio-example.json', mimeType: 'application/json', buffer: readFileSync(example) });
  await expect(page.getByText('The pack "Association board — Gmail" (version 1.0.0) is open.')).toBeVisible();

  // Open since the form was empty (nothing exported yet): it now reads the pack just opened.
  const review = page.locator('details', { has: page.getByText('What the file will contain') });
  await expect(review).toHaveAttribute('open');
  await expect(review).toContainText('no text typed in the tool, no message content, no addresses');
  await expect(review).toContainText('version 1.0.1 at the next export');
  await expect(review).toContainText(
    'Step 1 points on the page at: the button "Compose", or else its place in the page (div[gh=\'cm\'])',
  );
  await expectNoAxeViolations(page);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'New pack' }).click();
  await expect(page.getByText('The form is empty: you can write a new pack.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Tip 1' })).toHaveCount(0);
  await expect(review).toHaveAttribute('open');
  await expect(review).toContainText('No place on the page is saved.');
});
