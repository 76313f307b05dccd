import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { coachOf, expect, launcherOf, test } from './harness/fixtures';

/** A mentor's pack, as a volunteer would receive it. */
function mentorPack(version = '1.0.0', extraTip = false) {
  const tip = (id: string, fr: string, en: string) => ({
    id,
    tool: 'outlook',
    level: 'beginner',
    title: { fr, en },
    body: {
      fr: 'Demandez à **Claire** avant. Voir [le guide](https://wiki.asso-exemple.fr/outlook).',
      en: 'Ask **Claire** first. See [the guide](https://wiki.asso-exemple.fr/outlook).',
    },
  });
  return {
    schemaVersion: 1,
    id: 'asso-jardins',
    version,
    name: { fr: 'Astuces des Jardins', en: 'Garden tips' },
    description: { fr: 'Les astuces de notre association.', en: 'Our association tips.' },
    author: { name: 'Claire, mentor' },
    licence: 'CC-BY-4.0',
    updated: '2026-11-20',
    tips: [
      tip('outlook-boite-commune', 'Utiliser la boîte commune', 'Use the shared mailbox'),
      ...(extraTip ? [tip('outlook-signature', 'Mettre la signature', 'Add the signature')] : []),
    ],
  };
}

const asFile = (name: string, content: string | Buffer) => ({
  name,
  mimeType: 'application/json',
  buffer: typeof content === 'string' ? Buffer.from(content) : content,
});

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('[data-pack-id="declic-essentials"]')).toBeVisible();
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected JavaScript dialog: ${dialog.message()}`);
  });
}

test('imports a pack from a file after a preview, and its tips reach the coach', async ({
  page,
  browserWithDeclic,
  extensionId,
}) => {
  await openOptions(page, extensionId);
  await page.locator('input[type="file"]').setInputFiles(asFile('jardins.json', JSON.stringify(mentorPack())));
  const preview = page.getByRole('heading', { name: 'Before installing: Garden tips' });
  await expect(preview).toBeVisible();
  await expect(page.getByText('Claire, mentor')).toBeVisible();
  await expect(page.getByText('1 tip, 0 words, 0 guides')).toBeVisible();
  await expect(page.getByText(/updated 20 November 2026/)).toBeVisible();
  await expect(page.getByText('wiki.asso-exemple.fr')).toBeVisible();
  // The texts themselves, one click away: the tip's title and its tool.
  await page.getByText('See what the pack contains').click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Use the shared mailbox' })).toContainText('(Outlook)');
  await page.getByRole('button', { name: 'Install this pack' }).click();
  await expect(page.locator('[data-pack-id="asso-jardins"]')).toContainText('From a file');

  const tab = await browserWithDeclic.context.newPage();
  await tab.goto('https://outlook.office.com/mail/');
  await launcherOf(tab).click();
  const first = coachOf(tab).getByRole('dialog').getByRole('listitem').first();
  await expect(first.getByRole('heading', { name: 'Use the shared mailbox' })).toBeVisible();
  await expect(first.locator('strong')).toHaveText('Claire');
  await expect(first.getByRole('link', { name: 'the guide' })).toHaveAttribute(
    'href',
    'https://wiki.asso-exemple.fr/outlook',
  );
  await expect(first.getByText('(wiki.asso-exemple.fr)')).toBeVisible();
});

const hostile: [string, string | Buffer][] = [
  ['a javascript: link', JSON.stringify({ ...mentorPack(), homepage: 'javascript:alert(document.domain)' })],
  [
    'a javascript: link hidden in a tip',
    JSON.stringify(mentorPack()).replace('https://wiki.asso-exemple.fr/outlook', 'java\\tscript:alert(1)'),
  ],
  [
    'a __proto__ key',
    JSON.stringify(mentorPack()).replace('{"schemaVersion"', '{"__proto__":{"polluted":true},"schemaVersion"'),
  ],
  ['not JSON at all', '<html><script>alert(1)</script></html>'],
  ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
  ['a file over 1 MiB', `{"x":"${'a'.repeat(1024 * 1024 + 10)}"}`],
  ['a top-level array', '[1,2,3]'],
  ['an unknown tool', JSON.stringify(mentorPack()).replace('"tool":"outlook"', '"tool":"myspace"')],
];

for (const [what, content] of hostile) {
  test(`refuses ${what} with a plain alert, and changes nothing`, async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    const before = await page.locator('[data-pack-id]').count();
    await page.locator('input[type="file"]').setInputFiles(asFile('pack.json', content));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This pack was not installed. Nothing has changed.');
    await expect(alert.locator('li').first()).not.toBeEmpty();
    await expect(alert).not.toContainText(/at \w+ \(|Error:|undefined/);
    await expect(page.getByRole('button', { name: 'Install this pack' })).toHaveCount(0);
    await expect(page.locator('[data-pack-id]')).toHaveCount(before);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  });
}

test('subscribes from an https address, updates, and keeps the last good version when an update fails', async ({
  page,
  server,
  extensionId,
}) => {
  const key = 'packs.asso-exemple.fr/jardins/astuces.json';
  server.pages.set(key, JSON.stringify(mentorPack('1.0.0')));
  await openOptions(page, extensionId);
  await page.getByLabel('Address of a pack').fill(`https://${key}`);
  await page.getByRole('button', { name: 'Look at this pack' }).click();
  await expect(page.getByRole('heading', { name: 'Before installing: Garden tips' })).toBeVisible();
  await page.getByRole('button', { name: 'Install this pack' }).click();
  const item = page.locator('[data-pack-id="asso-jardins"]');
  await expect(item).toContainText('Subscribed');
  await expect(item).toContainText('Kept up to date from packs.asso-exemple.fr.');

  // Unchanged on the server: the ETag gives a 304, nothing changes, no error.
  await item.getByRole('button', { name: 'Check for a new version now' }).click();
  await expect(item.getByRole('button', { name: 'Check for a new version now' })).toBeEnabled();
  await expect(item).not.toContainText('did not work');
  await expect(item).toContainText('1.0.0');

  server.pages.set(key, JSON.stringify(mentorPack('1.1.0', true)));
  await item.getByRole('button', { name: 'Check for a new version now' }).click();
  await expect(item).toContainText('1.1.0');

  server.pages.set(key, JSON.stringify({ ...mentorPack('1.2.0'), homepage: 'javascript:alert(1)' }));
  await item.getByRole('button', { name: 'Check for a new version now' }).click();
  await expect(item).toContainText('The new version has a mistake: homepage: the link must start with https://');
  await expect(item).toContainText('1.1.0');

  server.pages.set(key, `{"x":"${'a'.repeat(1024 * 1024 + 10)}"}`);
  await item.getByRole('button', { name: 'Check for a new version now' }).click();
  await expect(item).toContainText('The file at this address is too big (more than 1 MiB).');
  await expect(item).toContainText('1.1.0');

  server.pages.set(key, '{"garbage": tru');
  await item.getByRole('button', { name: 'Check for a new version now' }).click();
  await expect(item).toContainText('The file at this address is not a tip pack. The version you have still works.');
  await expect(item).toContainText('1.1.0');

  server.pages.delete(key);
  await item.getByRole('button', { name: 'Check for a new version now' }).click();
  await expect(item).toContainText('The pack is no longer at this address (error 404).');
  await expect(item).toContainText('1.1.0');
});

test('refuses a pack address that redirects to another site, with a plain error, and installs nothing', async ({
  page,
  server,
  extensionId,
}) => {
  server.pages.set('autre-site.example/paquet.json', JSON.stringify(mentorPack('1.0.0')));
  server.redirects.set('packs.asso-exemple.fr/deplace.json', 'https://autre-site.example/paquet.json');
  await openOptions(page, extensionId);
  const before = await page.locator('[data-pack-id]').count();
  await page.getByLabel('Address of a pack').fill('https://packs.asso-exemple.fr/deplace.json');
  await page.getByRole('button', { name: 'Look at this pack' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This address sends Déclic on to another site (https://autre-site.example). To stay safe, Déclic does not follow it',
  );
  await expect(page.getByRole('button', { name: 'Install this pack' })).toHaveCount(0);
  await expect(page.locator('[data-pack-id]')).toHaveCount(before);
});

test('exports a pack to a file that imports back the same', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await page.locator('input[type="file"]').setInputFiles(asFile('jardins.json', JSON.stringify(mentorPack('2.0.0'))));
  await page.getByRole('button', { name: 'Install this pack' }).click();
  const item = page.locator('[data-pack-id="asso-jardins"]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: 'Save Garden tips as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('asso-jardins-2.0.0.json');
  const exported = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toEqual(mentorPack('2.0.0'));

  await item.getByRole('button', { name: 'Remove Garden tips' }).click();
  await item.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.locator('[data-pack-id="asso-jardins"]')).toHaveCount(0);
  await page.locator('input[type="file"]').setInputFiles(asFile('asso-jardins-2.0.0.json', exported));
  await page.getByRole('button', { name: 'Install this pack' }).click();
  await expect(page.locator('[data-pack-id="asso-jardins"]')).toContainText('2.0.0');
});

test('the built-in pack can be exported, turned off and moved', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  const item = page.locator('[data-pack-id="declic-essentials"]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: /^Save/ }).click(),
  ]);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8')).id).toBe('declic-essentials');
  await item.getByRole('switch').uncheck();
  await expect(item).toContainText('Turned off');
});
