import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { Launched } from './harness/browser';
import { coachOf, expect, launcherOf, showAllTips, test } from './harness/fixtures';

/**
 * A page Déclic coaches is not on Déclic's side: it may click Déclic's buttons itself, read
 * Déclic's element, replay what Déclic's scripts say, and listen to them. Each test does what such
 * a page would, on the Gmail-like inbox, and checks that only the volunteer steers Déclic.
 */
test.use({ lang: 'fr' });

const INBOX = 'https://mail.google.com/mail/u/2/#inbox';
const marks = (page: Page) => page.evaluate(() => CSS.highlights.get('declic-term')?.size ?? 0);
const stored = (launched: Launched, key: string) =>
  launched.serviceWorker?.evaluate(
    async (k) => (await (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(k))[k],
    key,
  );

test.beforeEach(async ({ browserWithDeclic }) => {
  await browserWithDeclic.serviceWorker?.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
      settings: { language: 'fr', level: 'beginner', coachEnabled: true, glossary: true, disabledSites: [] },
    }),
  );
});

/** What the page's own script does: clicks every Déclic button named so, both ways a script can. */
const pageClicks = (page: Page, names: RegExp) =>
  page.evaluate((source) => {
    const named = new RegExp(source);
    const root = document.querySelector('declic-coach')?.shadowRoot;
    const buttons = [...(root?.querySelectorAll('button') ?? [])].filter((b) => named.test(b.textContent ?? ''));
    for (const b of buttons) {
      b.click();
      b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    return buttons.length;
  }, names.source);

test("a page's own clicks on Déclic's buttons and words change nothing; the volunteer's click does", async ({
  page,
  browserWithDeclic,
}) => {
  await page.goto(INBOX);
  await expect.poll(() => marks(page)).toBe(13);
  // The page clicks the launcher and a marked word: no panel, no card.
  await page.evaluate(() => document.querySelector('declic-coach')?.shadowRoot?.querySelector('button')?.click());
  const word = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('declic-term') ?? [])].find((r) => r.toString().includes('reçu fiscal'));
    const box = (range as Range | undefined)?.getBoundingClientRect();
    if (!box) return null;
    const at = { clientX: box.left + 4, clientY: box.top + box.height / 2, bubbles: true };
    document.elementFromPoint(at.clientX, at.clientY)?.dispatchEvent(new MouseEvent('click', at));
    return { x: at.clientX, y: at.clientY };
  });
  if (!word) throw new Error('no mark for reçu fiscal');

  // The volunteer opens the panel; the page then clicks « J’ai compris » and "Masquer" on every tip.
  await launcherOf(page).click();
  await showAllTips(page);
  expect(await pageClicks(page, /J’ai compris|Masquer/)).toBeGreaterThan(3);
  // The volunteer points at the word: its card opens; the page clicks "Je connais ce mot".
  await page.mouse.move(word.x, word.y);
  const card = coachOf(page).getByRole('dialog', { name: 'reçu fiscal' });
  await expect(card).toBeVisible();
  expect(await pageClicks(page, /Je connais ce mot/)).toBe(1);
  await expect(card).toBeVisible();

  // The volunteer's own click on one tip is stored: then nothing else was.
  const tips = coachOf(page).getByRole('dialog', { name: /Astuces pour Gmail/ });
  await tips.getByRole('button', { name: 'J’ai compris' }).first().click();
  await expect.poll(async () => Object.keys((await stored(browserWithDeclic, 'tipStates')) ?? {})).toHaveLength(1);
  expect(await stored(browserWithDeclic, 'knownTerms')).toBeUndefined();
  expect(await marks(page)).toBe(13);
});

test('a page reading Déclic while the panel is closed learns nothing of what the volunteer knows', async ({
  page,
  browserWithDeclic,
}) => {
  await browserWithDeclic.serviceWorker?.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
      tipStates: { 'declic-essentials/gmail-undo-send': { status: 'got-it', at: 1 } },
      knownTerms: { 'declic-essentials/recu-fiscal': { at: 1 } },
    }),
  );
  await page.goto(INBOX);
  await expect(launcherOf(page)).toBeVisible();
  await expect.poll(() => marks(page)).toBe(10);
  const seen = await page.evaluate(() => ({
    text: document.querySelector('declic-coach')?.shadowRoot?.textContent ?? '',
    highlights: [...CSS.highlights.keys()],
  }));
  expect(seen.text).not.toMatch(/Annuler un envoi|connaissez|reçu fiscal/);
  // One kind of mark only: nothing sets the words the volunteer knows apart.
  expect(seen.highlights).toEqual(['declic-term']);
});

/** Every name WXT's scripts used to signal with (each script's own), as a page that knows the id would try. */
const signalNames = (id: string) =>
  ['detector', 'panel', 'glossary', 'guide', 'beacons', 'explain'].map((s) => `${id}:${s}:wxt:content-script-started`);

test("Déclic says nothing to the page, and replaying WXT's stop signal stops nothing", async ({
  page,
  extensionId,
}) => {
  await page.addInitScript((names) => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    addEventListener('message', (e) => heard.push(`message ${JSON.stringify(e.data)}`));
    for (const name of [...names, ...names.map((n) => n.replace('content-script-started', 'locationchange'))]) {
      document.addEventListener(name, () => heard.push(name));
      addEventListener(name, () => heard.push(name));
    }
  }, signalNames(extensionId));
  await page.goto(INBOX);
  // Every script that would have spoken has started: the detector, the glossary, the panel.
  await expect.poll(() => marks(page)).toBe(13);
  await launcherOf(page).click();
  await expect(coachOf(page).getByRole('dialog', { name: /Astuces pour Gmail/ })).toBeVisible();
  await page.evaluate(() => history.pushState({}, '', '#sent'));
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sent');
  expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);

  // The page replays the stop signal for every script, both ways WXT sent it.
  await page.evaluate((names) => {
    for (const name of names) {
      const detail = { contentScriptName: name.split(':')[1], messageId: 'page' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      postMessage({ type: name, ...detail }, '*');
    }
  }, signalNames(extensionId));
  // Still running: new words are marked, and the panel closes and opens again.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Votre reçu fiscal</p>'));
  await expect.poll(() => marks(page)).toBe(14);
  await page.keyboard.press('Escape');
  await launcherOf(page).click();
  await expect(coachOf(page).getByRole('dialog', { name: /Astuces pour Gmail/ })).toBeVisible();
});
