import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { chromeExtensionId } from '../../scripts/extension-id';
import { type Launched, launch } from './harness/browser';
import { coachOf, launcherOf, showAllTips } from './harness/fixtures';
import { type FixtureServer, startFixtureServer } from './harness/https-server';

/** The real `npm run build:association`, on a made-up association whose Nextcloud the harness serves. */
const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'association');
const OUT = join(ROOT, '.output', 'association-jardins-partages');
const SITE = 'https://cloud.jardins-partages.org';

function buildAssociation(config: string) {
  return execFileSync('npx', ['tsx', 'scripts/build-association.ts', '--config', config, '--lang', 'en'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

/** Runs the script on a broken copy of the fixture; returns its exit code and what it printed. */
function buildBroken(change: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'declic-association-'));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    change(dir);
    buildAssociation(join(dir, 'association.json'));
    return { status: 0, output: '' };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string };
    return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const unzipJson = (zip: string, file: string) =>
  JSON.parse(execFileSync('unzip', ['-p', zip, file], { encoding: 'utf8' }));

// One build, one browser: the tests of this file share them, in order, in one worker.
test.describe.configure({ mode: 'serial' });

let server: FixtureServer;
let browser: Launched;
let printed = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  printed = buildAssociation(join(FIXTURE, 'association.json'));
  server = await startFixtureServer();
  browser = await launch({ extensionDir: join(OUT, 'chrome-mv3'), port: server.port, lang: 'en' });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

test("coaches the association's own Nextcloud at once, with no permission click, with its pack", async () => {
  const page = await newPage(`${SITE}/apps/files/`);
  await expect(launcherOf(page)).toBeVisible();
  // The browser speaks English; the association chose French and the intermediate level.
  await expect(launcherOf(page)).toHaveAccessibleName('Déclic\u202f: astuces pour Nextcloud');
  await launcherOf(page).click();
  const panel = coachOf(page).getByRole('dialog');
  await showAllTips(page);
  await expect(panel.getByRole('heading', { name: 'Le planning d’arrosage' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Partager le planning en lecture seule' })).toBeVisible();
});

test("the association's starting settings show in the options, and volunteers can still change them", async () => {
  const page = await newPage(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(page.getByLabel('Langue')).toHaveValue('fr');
  await expect(page.getByRole('radio', { name: /^Intermédiaire/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Débutant/ })).toBeEnabled();
  await page.getByRole('radio', { name: /^Débutant/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
  const nextcloud = await newPage(`${SITE}/apps/files/`);
  await launcherOf(nextcloud).click();
  const panel = coachOf(nextcloud).getByRole('dialog');
  await showAllTips(nextcloud);
  await expect(panel.getByRole('heading', { name: 'Le planning d’arrosage' })).toBeVisible();
  // Beginner now: the intermediate tip is gone; the volunteer's choice wins over the association's.
  await expect(panel.getByRole('heading', { name: 'Partager le planning en lecture seule' })).toHaveCount(0);
  await page.getByRole('radio', { name: /^Intermédiaire/ }).check();
});

test("lists the association's pack as built in: volunteers cannot remove it", async () => {
  const page = await newPage(`chrome-extension://${browser.extensionId}/options.html`);
  const pack = page.locator('[data-pack-id="jardins-astuces"]');
  await expect(pack).toBeVisible();
  await expect(pack.getByRole('heading', { name: /Astuces des Jardins/ })).toContainText(
    'Installé par votre association',
  );
  await expect(pack.getByRole('button', { name: /^Retirer/ })).toHaveCount(0);
  await expect(page.locator('[data-pack-id="declic-essentials"]')).toBeVisible();
});

test('makes a Chrome zip and a Firefox zip that grant the site, with the ids policies use', async () => {
  const chromeZip = join(OUT, 'declic-jardins-partages-chrome.zip');
  const firefoxZip = join(OUT, 'declic-jardins-partages-firefox.zip');
  expect(existsSync(chromeZip) && existsSync(firefoxZip)).toBe(true);
  expect(printed).toContain('declic-jardins-partages-chrome.zip');
  expect(printed).toContain('declic-jardins-partages-firefox.zip');

  const chrome = unzipJson(chromeZip, 'manifest.json');
  expect(chrome.host_permissions).toContain(`${SITE}/*`);
  expect(chromeExtensionId(chrome.key)).toBe(browser.extensionId);
  const firefox = unzipJson(firefoxZip, 'manifest.json');
  expect(firefox.host_permissions).toContain(`${SITE}/*`);
  expect(firefox.browser_specific_settings.gecko.id).toBe('declic@declic-coach.org');

  const shipped = unzipJson(chromeZip, 'association.json');
  expect(shipped).toEqual({
    id: 'jardins-partages',
    name: 'Les Jardins Partagés',
    sites: [{ origin: SITE, tool: 'nextcloud' }],
    settings: { language: 'fr', level: 'intermediate', glossary: true },
    packFiles: ['/packs/association-jardins-astuces.json'],
  });
  expect(unzipJson(chromeZip, 'packs/association-jardins-astuces.json').id).toBe('jardins-astuces');
});

test('refuses an http address in plain words, before building anything', async () => {
  const { status, output } = buildBroken((dir) => {
    const path = join(dir, 'association.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(SITE, 'http://cloud.jardins-partages.org'));
  });
  expect(status).toBe(1);
  expect(output).toContain('Nothing was built.');
  expect(output).toContain('sites 1 › origin: the address must start with https://');
});

test("refuses a pack with an error, printing the pack loader's message", async () => {
  const { status, output } = buildBroken((dir) => {
    const path = join(dir, 'packs', 'jardins.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"tool": "nextcloud"', '"tool": "nextclod"'));
  });
  expect(status).toBe(1);
  expect(output).toContain('The pack ./packs/jardins.json has errors:');
  expect(output).toContain('Déclic does not know the tool "nextclod"');
});
