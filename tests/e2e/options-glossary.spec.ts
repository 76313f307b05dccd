import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { Launched } from './harness/browser';
import { expect, test } from './harness/fixtures';

test.use({ lang: 'fr' });

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

type Chrome = { chrome: typeof browser };

/** Writes extension storage from the service worker, as the extension itself would. */
const setStorage = (launched: Launched, values: Record<string, unknown>) =>
  launched.serviceWorker?.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), values);

const knownTerms = (launched: Launched) =>
  launched.serviceWorker?.evaluate(async () =>
    Object.keys(
      ((await (globalThis as unknown as Chrome).chrome.storage.local.get('knownTerms')).knownTerms ?? {}) as object,
    ).sort(),
  );

// A headless Chromium may report en-US for a moment despite --lang=fr: the volunteer's choice is set.
test.beforeEach(async ({ browserWithDeclic }) => {
  await setStorage(browserWithDeclic, {
    settings: { language: 'fr', level: 'beginner', coachEnabled: true, glossary: true, disabledSites: [] },
  });
});

async function openGlossary(launched: Launched, extensionId: string) {
  const options = await launched.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'Glossaire' });
  await expect(section.getByRole('status')).toHaveText(/^\d+ mots$/);
  return { options, section, search: section.getByRole('searchbox', { name: 'Chercher un mot' }) };
}

/** The status must tell the number of words actually listed. */
async function expectCountMatchesList(section: Locator) {
  const entries = section.locator('li.glossary-entry');
  const n = await entries.count();
  await expect(section.getByRole('status')).toHaveText(n === 1 ? '1 mot' : `${n} mots`);
  return n;
}

test('lists every word of the enabled packs, alphabetically, with the count', async ({
  browserWithDeclic,
  extensionId,
}) => {
  const { section } = await openGlossary(browserWithDeclic, extensionId);
  const n = await expectCountMatchesList(section);
  expect(n).toBeGreaterThan(100);
  const words = await section.getByRole('heading', { level: 3 }).allTextContents();
  expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
});

test('typing without accents finds « pièce jointe » and « paramètres », fully explained', async ({
  browserWithDeclic,
  extensionId,
}) => {
  const { section, search } = await openGlossary(browserWithDeclic, extensionId);
  await search.fill('piece jointe');
  const first = section.locator('li.glossary-entry').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('pièce jointe');
  await expect(first.locator('[lang="en"]')).toHaveText('attachment');
  await expect(first).toContainText('Un fichier envoyé avec un message.');
  await expect(first).toContainText('Exemple\u202f: Ajoutez le bulletin d’adhésion en pièce jointe.');
  await expect(first.locator('dd').first()).toHaveText('Partout');
  await expect(first.locator('dd').nth(1)).toHaveText('Les essentiels Déclic');
  await expectCountMatchesList(section);
  // The pack lists "piece jointe" as a variant; "réglages" has no accent-free variant.
  await search.fill('REGLAGES');
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('paramètres');
});

test('typing "cci" finds Cci first, with where it is explained in plain words', async ({
  browserWithDeclic,
  extensionId,
}) => {
  const { section, search } = await openGlossary(browserWithDeclic, extensionId);
  await search.fill('cci');
  const first = section.locator('li.glossary-entry').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('Cci');
  await expect(first.locator('[lang="en"]')).toHaveText('Bcc');
  await expect(first.locator('dd').first()).toHaveText(
    'Seulement dans Gmail, Outlook, Proton Mail, Roundcube, SOGo et Zimbra',
  );
  await expectCountMatchesList(section);
  await search.fill('lecteur');
  await expect(first.locator('dd').first()).toHaveText(
    'Seulement dans Google Docs, Google Drive, Google Sheets et Google Slides, quand vous partagez un fichier ou un dossier',
  );
});

test('help links show where they go', async ({ browserWithDeclic, extensionId }) => {
  const { section, search } = await openGlossary(browserWithDeclic, extensionId);
  await search.fill('recu fiscal');
  const first = section.locator('li.glossary-entry').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('reçu fiscal');
  const link = first.getByRole('link', { name: 'Le site officiel des associations' });
  await expect(link).toHaveAttribute('href', 'https://www.associations.gouv.fr/');
  await expect(first.locator('.link-host')).toHaveText('(www.associations.gouv.fr)');
});

test('a word that is not in the glossary says so', async ({ browserWithDeclic, extensionId }) => {
  const { section, search } = await openGlossary(browserWithDeclic, extensionId);
  await search.fill('zorglub');
  await expect(section.getByRole('status')).toHaveText(
    'Aucun mot ne correspond à «\u202fzorglub\u202f». Il n’est pas encore dans le glossaire.',
  );
  await expect(section.locator('li.glossary-entry')).toHaveCount(0);
});

test('the tool filter keeps the words of one tool', async ({ browserWithDeclic, extensionId }) => {
  const { section } = await openGlossary(browserWithDeclic, extensionId);
  const all = await expectCountMatchesList(section);
  await section.getByLabel('Afficher les mots de').selectOption({ label: 'Trello' });
  const trello = await expectCountMatchesList(section);
  expect(trello).toBeGreaterThan(0);
  expect(trello).toBeLessThan(all);
  for (const scope of await section.locator('li.glossary-entry dd:first-of-type').allTextContents()) {
    expect(scope).toMatch(/^Seulement dans .*Trello/);
  }
});

test('a known word can be explained again on pages, which updates storage', async ({
  browserWithDeclic,
  extensionId,
}) => {
  const { section, search } = await openGlossary(browserWithDeclic, extensionId);
  await search.fill('cci');
  const cci = section.locator('[data-term-key="declic-essentials/cci"]');
  await expect(cci.getByRole('button')).toHaveCount(0);
  // Marked known elsewhere (the card on a page): the open options page follows.
  await setStorage(browserWithDeclic, {
    knownTerms: { 'declic-essentials/cci': { at: 1 }, 'declic-essentials/cc': { at: 2 } },
  });
  await expect(cci).toContainText('Vous connaissez ce mot');
  const again = cci.getByRole('button', { name: 'L’expliquer à nouveau sur les pages (Cci)' });
  await again.click();
  await expect.poll(() => knownTerms(browserWithDeclic)).toEqual(['declic-essentials/cc']);
  await expect(again).toHaveCount(0);
  await expect(cci).not.toContainText('Vous connaissez ce mot');
  await expect(cci.getByRole('heading', { level: 3 })).toBeFocused();
});

test('turning a pack off removes its words from the glossary at once', async ({ browserWithDeclic, extensionId }) => {
  const { options, section } = await openGlossary(browserWithDeclic, extensionId);
  const essentials = section.locator('li.glossary-entry[data-term-key^="declic-essentials/"]');
  await expect(essentials.first()).toBeVisible();
  await options.getByRole('switch', { name: 'Utiliser le paquet Les essentiels Déclic' }).uncheck();
  await expect(essentials).toHaveCount(0);
  // What is left is the other built-in pack's words, counted as the list shows them.
  const left = await section.locator('li.glossary-entry').count();
  await expect(section.getByRole('status')).toHaveText(left === 1 ? '1 mot' : `${left} mots`);
});

// A search keeps axe quick: the whole list (150+ words) takes axe about 10 s to check.
test('the options page with a search done has no axe violations', async ({ browserWithDeclic, extensionId }) => {
  await setStorage(browserWithDeclic, { knownTerms: { 'declic-essentials/recu-fiscal': { at: 1 } } });
  const { options, section, search } = await openGlossary(browserWithDeclic, extensionId);
  await search.fill('fiscal');
  const entry = section.locator('[data-term-key="declic-essentials/recu-fiscal"]');
  await expect(entry.getByRole('button', { name: /L’expliquer à nouveau/ })).toBeVisible();
  await expect(entry.getByRole('link')).toBeVisible();
  const { violations } = await new AxeBuilder({ page: options })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const targets = await section
    .locator('input, select, button, a')
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
  expect(targets.length).toBeGreaterThanOrEqual(4);
  expect(Math.min(...targets)).toBeGreaterThanOrEqual(44);
  await section.screenshot({ path: `${SHOTS}/options-glossary-fr.png` });
});
