import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { buildGranting, launch } from './harness/browser';
import { openAndWaitForCheck, policyApplied } from './harness/declic-state';
import { test as base, expect, launcherOf } from './harness/fixtures';
import { removePolicy, writePolicy } from './harness/policy';

/**
 * Managed policy, end to end: a real policy file in Chromium's managed folder, read by the
 * browser and handed to Déclic. These tests run alone, after every other test (see
 * playwright.config.ts): the policy applies to every Déclic in every browser of the machine.
 */
const test = base.extend<{ policy: object }>({
  policy: [{}, { option: true }],
  browserWithDeclic: async ({ policy, server, lang, grantedOrigins }, use) => {
    writePolicy(policy);
    try {
      const launched = await launch({ extensionDir: buildGranting(grantedOrigins), port: server.port, lang });
      try {
        await use(launched);
      } finally {
        await launched.close();
      }
    } finally {
      removePolicy();
    }
  },
});
test.describe.configure({ mode: 'serial' });
test.use({ lang: 'fr' });

const PACK_URL = 'https://packs.asso-velo-solidaire.fr/politique/velo.json';
const associationPack = {
  schemaVersion: 1,
  id: 'asso-velo',
  version: '1.0.0',
  name: { fr: 'Astuces du Vélo solidaire', en: 'Solidarity bike tips' },
  description: { fr: 'Les astuces de l’atelier.', en: 'The workshop tips.' },
  author: { name: 'Atelier' },
  licence: 'CC-BY-4.0',
  updated: '2026-11-28',
  tips: [
    {
      id: 'gmail-adresse-atelier',
      tool: 'gmail',
      level: 'beginner',
      title: { fr: 'L’adresse de l’atelier', en: 'The workshop address' },
      body: { fr: 'Écrivez depuis la boîte de l’atelier.', en: 'Write from the workshop mailbox.' },
    },
  ],
};

/** Writes Déclic's storage the way the extension itself would (from its service worker). */
const setStorage = (launched: { serviceWorker: import('@playwright/test').Worker | null }, values: object) =>
  launched.serviceWorker?.evaluate(
    (v) => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set(v),
    values,
  );
const englishVolunteer = {
  settings: { language: 'en', level: 'beginner', coachEnabled: true, glossary: true, disabledSites: [] },
};

const storageOf = (launched: { serviceWorker: import('@playwright/test').Worker | null }, keys: string[]) =>
  launched.serviceWorker?.evaluate(
    (k) => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(k),
    keys,
  );

async function reloadPolicies(page: Page) {
  await page.goto('chrome://policy');
  await page.locator('#reload-policies').click();
}

test.describe('a locked, shared computer', () => {
  test.use({
    policy: {
      lockedSettings: { language: 'fr', glossary: false, categories: { meetings: false } },
      packs: [{ url: PACK_URL }],
      allowUserPacks: false,
      sharedComputer: true,
      idleResetMinutes: 2,
    },
  });

  test.beforeEach(({ server }) => {
    server.pages.set(PACK_URL.slice('https://'.length), JSON.stringify(associationPack));
  });

  test('locked settings are shown locked and enforced; the policy pack is installed; import is off; bad values are noted', async ({
    page,
    extensionId,
    browserWithDeclic,
  }) => {
    // The volunteer had chosen English and the glossary: the association's choice wins.
    await setStorage(browserWithDeclic, englishVolunteer);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réglages de Déclic');
    await expect(page.getByLabel('Langue')).toBeDisabled();
    await expect(page.getByRole('switch', { name: /Souligner les mots difficiles/ })).toBeDisabled();
    await expect(page.getByRole('switch', { name: /Souligner les mots difficiles/ })).not.toBeChecked();
    await expect(page.getByText('Réglé par votre association').first()).toBeVisible();
    const policy = page.getByRole('region', { name: 'Réglé par votre association' });
    await expect(policy).toContainText('Cet ordinateur est partagé');
    await expect(policy).toContainText('idleResetMinutes : la durée doit être entre 5 et 1440 minutes.');
    await expect(policy).toContainText('Déclic reste discret sur ces types d’outils\u202f: Réunions et discussions.');

    const pack = page.locator('[data-pack-id="asso-velo"]');
    await expect(pack).toContainText('Installé par votre association', { timeout: 15_000 });
    await expect(pack.getByRole('button', { name: /Retirer/ })).toHaveCount(0);
    await expect(
      page.getByText('Votre association a choisi les paquets d’astuces de cet ordinateur.', { exact: true }),
    ).toBeVisible();
    await expect(page.locator('input[type="file"]')).toHaveCount(0);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/options-policy-fr.png' });

    // Enforced on the page: French coach, the association's tip, no glossary marks.
    const gmail = await browserWithDeclic.context.newPage();
    const check = await openAndWaitForCheck(gmail, browserWithDeclic, 'https://mail.google.com/mail/u/2/#inbox');
    // The glossary is locked off: Déclic coaches the page without loading it at all.
    expect(check.surfaces).not.toContain('glossary');
    await expect(launcherOf(gmail)).toHaveAccessibleName('Déclic\u202f: astuces pour Gmail');
    await launcherOf(gmail).click();
    await expect(gmail.locator('declic-coach').getByRole('heading', { name: 'L’adresse de l’atelier' })).toBeVisible();
    expect(await gmail.evaluate(() => CSS.highlights.get('declic-term')?.size ?? 0)).toBe(0);
    // Meetings are off for this association: Jitsi is recognised, and the coach stays away.
    const jitsi = await openAndWaitForCheck(
      gmail,
      browserWithDeclic,
      'https://meet.jit.si/AGAmisDuLavoir2026',
      (check) => check.toolId !== null,
    );
    expect(jitsi).toMatchObject({ toolId: 'jitsi-meet', shown: false, surfaces: [] });
    await expect(launcherOf(gmail)).toHaveCount(0);
  });

  test('"Next volunteer" forgets the last volunteer, and keeps the association’s packs and settings', async ({
    page,
    extensionId,
    browserWithDeclic,
  }) => {
    await setStorage(browserWithDeclic, {
      tipStates: { 'declic-essentials/x': { status: 'got-it', at: 1 } },
      knownTerms: { 'declic-essentials/cci': { at: 1 } },
      guideProgress: { 'declic-essentials/g': { step: 2, done: false, at: 1 } },
      feedback: { 'declic-essentials/x': { verdict: 'unclear', at: 1 } },
    });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('[data-pack-id="asso-velo"]')).toBeVisible({ timeout: 15_000 });
    const popup = await browserWithDeclic.context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Bénévole suivant' }).click();
    await expect(popup.getByRole('status')).toHaveText(/Ce que le bénévole précédent a vu et appris est oublié/);
    await popup.screenshot({ path: 'test-results/screenshots/popup-next-volunteer-fr.png' });
    const after = await storageOf(browserWithDeclic, ['tipStates', 'knownTerms', 'guideProgress', 'feedback', 'packs']);
    expect(after?.tipStates).toBeUndefined();
    expect(after?.feedback).toBeUndefined();
    expect(after?.knownTerms).toBeUndefined();
    expect(after?.guideProgress).toBeUndefined();
    expect(((after?.packs ?? []) as { pack: { id: string } }[]).map((p) => p.pack.id)).toEqual(['asso-velo']);
  });
});

test.describe('policy changes', () => {
  test.use({ policy: { lockedSettings: { language: 'fr' } } });

  test('apply without reinstalling, and no policy means normal behaviour', async ({
    page,
    extensionId,
    browserWithDeclic,
  }) => {
    await setStorage(browserWithDeclic, englishVolunteer);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réglages de Déclic');
    await expect(page.getByLabel('Langue')).toBeDisabled();
    // The admin changes the policy: English, and nothing else locked.
    writePolicy({ lockedSettings: { language: 'en' } });
    const admin = await page.context().newPage();
    await reloadPolicies(admin);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclic settings');
    // The admin removes the policy: the volunteer chooses again.
    removePolicy();
    await reloadPolicies(admin);
    await expect(page.getByLabel('Language')).toBeEnabled();
    await expect(page.getByRole('region', { name: 'Set by your association' })).toHaveCount(0);
  });
});

test.describe('who to ask for help, set by the association', () => {
  test.use({ policy: { lockedSettings: { helpContact: '01 23 45 67 89' } } });

  test('is locked in the options, and the panel offers to call that number', async ({
    page,
    extensionId,
    browserWithDeclic,
  }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const field = page.getByRole('textbox', { name: /La personne à qui demander de l’aide/ });
    await expect(field).toBeDisabled();
    await expect(field).toHaveValue('01 23 45 67 89');
    const gmail = await browserWithDeclic.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await launcherOf(gmail).click();
    await expect(gmail.locator('declic-coach').getByRole('dialog', { name: 'Astuces pour Gmail' })).toBeVisible();
    await gmail.screenshot({ path: 'test-results/screenshots/panel-help-policy-fr.png' });
    const ask = gmail.locator('declic-coach').getByRole('link', { name: 'Demander de l’aide' });
    await expect(ask).toHaveAttribute('href', 'tel:0123456789');
    await expect(ask).toHaveAccessibleDescription('Appelez le 01 23 45 67 89.');
  });
});

test.describe("the association's own sites", () => {
  test.use({
    policy: {
      sites: [
        { origin: 'https://nuage.titre-seul.org', tool: 'nextcloud' },
        { origin: 'https://autre-asso.fr', tool: 'wordpress-admin' },
      ],
    },
    // Allowed in the manifest, as an association build does; autre-asso.fr is not.
    grantedOrigins: ['https://nuage.titre-seul.org/*'],
  });

  test('a listed site is coached as the tool the policy names; an unallowed one asks for one click', async ({
    page,
    extensionId,
  }) => {
    // Its only marker is its title: alone, Déclic stays silent there (see coach.spec.ts).
    await page.goto('https://nuage.titre-seul.org/apps/files/');
    await expect(launcherOf(page)).toHaveAccessibleName('Déclic\u202f: astuces pour Nextcloud');
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const sites = page.getByRole('region', { name: 'Les sites de votre association' });
    await expect(sites).toContainText(
      'Votre association demande à Déclic d’accompagner https://autre-asso.fr (WordPress).',
    );
    await expect(sites.getByRole('button', { name: 'Autoriser https://autre-asso.fr' })).toBeVisible();
    await expect(sites.getByRole('button', { name: 'Autoriser https://nuage.titre-seul.org' })).toHaveCount(0);
  });
});

/**
 * Two browser sessions on one profile: with the shared-computer policy the second session starts
 * fresh; without it (the control), the volunteer's progress is still there.
 */
for (const shared of [true, false]) {
  test(`${shared ? 'a shared computer forgets' : 'a personal computer keeps'} the last volunteer at browser start`, async ({
    server,
  }) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'declic-restart-'));
    writePolicy(shared ? { sharedComputer: true } : { allowUserPacks: true });
    try {
      const first = await launch({ extensionDir: buildGranting([]), port: server.port, lang: 'fr', profileDir });
      await setStorage(first, {
        tipStates: { 'declic-essentials/x': { status: 'got-it', at: 1 } },
        knownTerms: { 'declic-essentials/cci': { at: 1 } },
        settings: { language: 'fr', level: 'intermediate', coachEnabled: true, glossary: true, disabledSites: [] },
      });
      await first.close();
      const second = await launch({ extensionDir: buildGranting([]), port: server.port, lang: 'fr', profileDir });
      try {
        const read = () => storageOf(second, ['tipStates', 'knownTerms', 'settings']);
        if (shared) {
          // Removed (or rewritten empty by the storage migrations): nothing of the last volunteer.
          const keysOf = (value: unknown) => Object.keys((value as object | undefined) ?? {});
          // The worker does it as it starts, a moment after the window opens.
          await expect.poll(async () => keysOf((await read())?.knownTerms)).toEqual([]);
          expect(keysOf((await read())?.tipStates)).toEqual([]);
        } else {
          // The worker has applied this session's policy: a (wrong) wipe would have happened by now.
          await policyApplied(second, 'allowUserPacks');
          // Known words are only ever removed by a reset (tip states are also tidied against the packs).
          expect((await read())?.knownTerms).toEqual({ 'declic-essentials/cci': { at: 1 } });
        }
        expect((await read())?.settings).toMatchObject({ level: 'intermediate' });
      } finally {
        await second.close();
      }
    } finally {
      removePolicy();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
}
