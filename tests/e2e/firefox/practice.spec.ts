import type { Page } from 'puppeteer-core';
import { practicePath } from '../../../utils/practice/spaces';
import { openExtensionPage } from '../harness/firefox-extension';
import { expect, test } from '../harness/firefox-fixtures';

const CALLOUT = 'declic-coach >>> .guide-callout';
const heading = (page: Page) => page.$eval(`${CALLOUT} h2`, (h) => h.textContent ?? '').catch(() => '');

test.describe('Firefox fr', () => {
  test.use({ lang: 'fr' });

  test('a built-in guide runs on the Gmail practice space: the ring is drawn, the click on the page moves it on', async ({
    welcome,
  }) => {
    const practice = await openExtensionPage(welcome, practicePath('gmail', 'declic-essentials/gmail-send-attachment'));
    await expect.poll(() => heading(practice)).toBe('Étape 1 sur 5');
    await practice.waitForSelector('declic-coach >>> .guide-ring', { visible: true });
    expect(await practice.$eval('header', (h) => h.textContent)).toContain('Cette page imite Gmail.');
    // The volunteer's own click on the imitation's « Nouveau message » is the step done.
    await practice.click('.gm-compose-button');
    await expect.poll(() => heading(practice)).toBe('Étape 2 sur 5');
    await practice.waitForSelector('.gm-compose[role="dialog"]', { visible: true });
  });
});
