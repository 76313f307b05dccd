import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { openExtensionPage, storageValue } from '../harness/firefox-extension';
import { expect, LANGS, test } from '../harness/firefox-fixtures';

/** The association fixture's pack: a real pack file, as a mentor would send it. */
const PACK_FILE = join(import.meta.dirname, '..', 'fixtures', 'association', 'packs', 'jardins.json');

const says = {
  fr: {
    preview: 'Avant d’installer\u202f: Astuces des Jardins Partagés',
    install: 'Installer ce paquet',
    fromFile: 'Depuis un fichier',
    refused: 'Ce paquet n’a pas été installé. Rien n’a changé.',
  },
  en: {
    preview: 'Before installing: Shared Gardens tips',
    install: 'Install this pack',
    fromFile: 'From a file',
    refused: 'This pack was not installed. Nothing has changed.',
  },
};

const listedPacks = (options: Page) =>
  options.$$eval('[data-pack-id]', (items) => items.map((item) => item.getAttribute('data-pack-id')));
const storedPackIds = async (welcome: Page) =>
  (((await storageValue(welcome, 'local', 'packs')) ?? []) as { pack: { id: string } }[]).map((p) => p.pack.id);

for (const lang of LANGS) {
  test.describe(`Firefox ${lang}`, () => {
    test.use({ lang });

    test('imports a valid pack file after a preview; refuses an invalid one in plain words, changing nothing', async ({
      welcome,
    }, testInfo) => {
      const options = await openExtensionPage(welcome, '/options.html');
      await options.waitForSelector('[data-pack-id="declic-essentials"]', { visible: true });
      const input = await options.$('input[type="file"]');

      await input!.uploadFile(PACK_FILE);
      const preview = await options.waitForSelector('#preview-title', { visible: true });
      expect(await preview!.evaluate((h) => h.textContent)).toBe(says[lang].preview);
      await options.click(`button::-p-text(${says[lang].install})`);
      const item = await options.waitForSelector('[data-pack-id="jardins-astuces"]', { visible: true });
      expect(await item!.evaluate((li) => li.textContent)).toContain(says[lang].fromFile);
      await expect.poll(() => storedPackIds(welcome)).toEqual(['jardins-astuces']);

      // The same pack for a tool Déclic does not know: refused before any preview.
      const invalid = testInfo.outputPath('invalid-pack.json');
      writeFileSync(invalid, readFileSync(PACK_FILE, 'utf8').replace('"tool": "nextcloud"', '"tool": "myspace"'));
      const listedBefore = await listedPacks(options);
      const storedBefore = await storageValue(welcome, 'local', 'packs');
      await input!.uploadFile(invalid);
      const alert = await options.waitForSelector('[role="alert"]', { visible: true });
      const text = (await alert!.evaluate((div) => div.textContent)) ?? '';
      expect(text).toContain(says[lang].refused);
      expect(await alert!.$$eval('li', (items) => items.map((li) => li.textContent?.trim()))).not.toContain('');
      expect(text).not.toMatch(/at \w+ \(|Error:|undefined|ZodError/);
      expect(await options.$(`button::-p-text(${says[lang].install})`)).toBeNull();
      expect(await listedPacks(options)).toEqual(listedBefore);
      expect(await storageValue(welcome, 'local', 'packs')).toEqual(storedBefore);
    });
  });
}
