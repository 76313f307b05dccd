import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { lookedAt } from './harness/declic-state';
import { expect, launcherOf, showAllTips, test } from './harness/fixtures';

test.use({ lang: 'fr' });

/** A mentor's pack with one 4-step Gmail guide: a late element, and one that never appears. */
const guidePack = {
  schemaVersion: 1,
  id: 'asso-guides-test',
  version: '1.0.0',
  name: { fr: 'Guides du bureau', en: 'Board guides' },
  description: { fr: 'Pour tester les guides.', en: 'To test guides.' },
  author: { name: 'Bureau' },
  licence: 'CC-BY-4.0',
  updated: '2026-11-28',
  tips: [
    {
      id: 'nouveau-message',
      tool: 'gmail',
      level: 'beginner',
      title: { fr: 'Écrire un message', en: 'Write a message' },
      body: { fr: 'Ce bouton ouvre un **nouveau message**.', en: 'This button opens a **new message**.' },
      anchor: [{ role: 'button', name: { fr: 'Nouveau message', en: 'Compose' } }],
    },
    {
      id: 'introuvable',
      tool: 'gmail',
      level: 'beginner',
      title: { fr: 'Un bouton absent', en: 'A missing button' },
      body: { fr: 'Ce bouton n’existe pas ici.', en: 'This button is not here.' },
      anchor: [{ css: '#jamais-la' }],
    },
  ],
  guides: [
    {
      id: 'envoyer-piece-jointe',
      tool: 'gmail',
      competence: '2.1',
      title: { fr: 'Envoyer un fichier', en: 'Send a file' },
      steps: [
        {
          text: { fr: 'Cliquez sur « Nouveau message ».', en: 'Click “Compose”.' },
          anchor: [{ role: 'button', name: { fr: 'Nouveau message', en: 'Compose' } }],
        },
        {
          text: {
            fr: 'Cliquez sur le trombone pour joindre le fichier.',
            en: 'Click the paper clip to attach the file.',
          },
          anchor: [{ attributes: { 'aria-label': 'Joindre des fichiers' } }, { css: '[data-tooltip="Attach files"]' }],
        },
        {
          text: { fr: 'Mettez les adresses en Cci.', en: 'Put the addresses in Bcc.' },
          anchor: [{ css: '#jamais-la' }, { text: { fr: 'Introuvable', en: 'Nowhere' } }],
        },
        {
          text: { fr: 'Cliquez sur « Envoyer ».', en: 'Click “Send”.' },
          anchor: [{ role: 'button', name: { fr: 'Envoyer', en: 'Send' } }],
        },
      ],
    },
    {
      id: 'changer-de-boite',
      tool: 'gmail',
      title: { fr: 'Aller dans l’autre boîte', en: 'Go to the other inbox' },
      steps: [
        {
          text: { fr: 'Cliquez sur « Boîte du bureau ».', en: 'Click “Board inbox”.' },
          anchor: [{ role: 'link', name: { fr: 'Boîte du bureau', en: 'Board inbox' } }],
        },
        {
          text: { fr: 'Cliquez sur « Nouveau message ».', en: 'Click “Compose”.' },
          anchor: [{ role: 'button', name: { fr: 'Nouveau message', en: 'Compose' } }],
        },
      ],
    },
    {
      id: 'partager-doc',
      tool: 'google-docs',
      title: { fr: 'Partager le compte rendu', en: 'Share the minutes' },
      steps: [
        {
          text: { fr: 'Cliquez sur « Partager ».', en: 'Click “Share”.' },
          anchor: [{ role: 'button', name: { fr: 'Partager', en: 'Share' } }],
        },
        { text: { fr: 'Choisissez les personnes.', en: 'Choose the people.' } },
      ],
    },
    {
      id: 'mise-en-page',
      tool: 'gmail',
      title: { fr: 'Mise en page difficile', en: 'Hard layout' },
      steps: [
        {
          text: { fr: 'Voici la cible.', en: 'Here is the target.' },
          anchor: [{ attributes: { 'data-target': 'yes' } }],
        },
        { text: { fr: 'Et voilà.', en: 'There you are.' } },
      ],
    },
  ],
};

test.beforeEach(async ({ browserWithDeclic }) => {
  await browserWithDeclic.serviceWorker?.evaluate(async (pack) => {
    const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
    await chrome.storage.local.set({
      settings: { language: 'fr', level: 'beginner', coachEnabled: true, glossary: false, disabledSites: [] },
    });
    return pack;
  }, guidePack);
});

async function installPack(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'guides.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(guidePack)),
  });
  await page.getByRole('button', { name: 'Installer ce paquet' }).click();
  await expect(page.getByText('Guides du bureau').first()).toBeVisible();
}

const callout = (page: Page) => page.locator('declic-coach').getByRole('dialog', { name: /^Étape \d sur 4$/ });
const ring = (page: Page) => page.locator('declic-coach .guide-ring');

/** Whether the ring surrounds the element (a few pixels of margin). */
async function ringAround(page: Page, selector: string) {
  const [r, e] = await Promise.all([ring(page).boundingBox(), page.locator(selector).boundingBox()]);
  return !!r && !!e && r.x <= e.x && r.y <= e.y && r.x + r.width >= e.x + e.width && r.y + r.height >= e.y + e.height;
}

async function openGuides(page: Page) {
  await page.goto('https://mail.google.com/mail/u/3/');
  await launcherOf(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('declic-coach').getByRole('dialog', { name: 'Astuces pour Gmail' })).toBeVisible();
}

test('a 4-step guide runs on the page with the keyboard alone: late element, missing element, learned', async ({
  page,
  extensionId,
  browserWithDeclic,
}) => {
  await installPack(page, extensionId);
  await openGuides(page);
  await page.getByRole('button', { name: 'Commencer le guide\u202f: Envoyer un fichier' }).focus();
  await page.keyboard.press('Enter');

  // Step 1: the ring is around the button, the callout has the focus.
  await expect(callout(page)).toHaveAccessibleName('Étape 1 sur 4');
  await expect(callout(page).getByRole('heading', { name: 'Étape 1 sur 4' })).toBeFocused();
  await expect.poll(() => ringAround(page, '#compose-button')).toBe(true);
  // Nothing blocks the page: the volunteer does the step themself, and that moves the guide on by
  // itself, the focus left on the page (a menu the click opened would stay open); the step is said.
  await page.locator('#compose-button').focus();
  await page.keyboard.press('Enter');

  // Step 2: the compose window comes 1.5 s later; the step waits for it.
  await expect(callout(page)).toHaveAccessibleName('Étape 2 sur 4');
  expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('declic-coach');
  await expect(callout(page).getByRole('status').last()).toHaveText(/^Étape 2 sur 4\. Cliquez sur le trombone/);
  await expect.poll(() => ringAround(page, '[aria-label="Joindre des fichiers"]'), { timeout: 8000 }).toBe(true);
  await callout(page).getByRole('button', { name: 'Suivant' }).focus();
  await page.keyboard.press('Enter');

  // Step 3: its element never appears: the text is shown docked, with a plain note; no ring.
  await expect(callout(page)).toHaveAccessibleName('Étape 3 sur 4');
  await expect(callout(page)).toContainText('Je ne trouve pas cet endroit sur la page', { timeout: 8000 });
  await expect(ring(page)).toHaveCount(0);
  await callout(page).getByRole('button', { name: 'Suivant' }).focus();
  await page.keyboard.press('Enter');

  // Step 4: "Envoyer (Ctrl-Entrée)" is found by its name "Envoyer".
  await expect(callout(page)).toHaveAccessibleName('Étape 4 sur 4');
  await expect.poll(() => ringAround(page, '.compose button:has-text("Envoyer")')).toBe(true);
  await callout(page).getByRole('button', { name: 'Terminer' }).focus();
  await page.keyboard.press('Enter');
  await expect(callout(page)).toHaveCount(0);
  await expect(page.getByText('(appris ✓)')).toBeVisible();
  const progress = await browserWithDeclic.serviceWorker?.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
    return (await chrome.storage.local.get('guideProgress')).guideProgress;
  });
  expect(progress).toMatchObject({ 'asso-guides-test/envoyer-piece-jointe': { done: true, step: 3 } });
  expect(await page.evaluate(() => (window as unknown as { errors?: string[] }).errors ?? [])).toEqual([]);
});

test('a guide resumes where the volunteer stopped, after a reload', async ({ page, extensionId }) => {
  await installPack(page, extensionId);
  await openGuides(page);
  await page.getByRole('button', { name: 'Commencer le guide\u202f: Envoyer un fichier' }).click();
  await callout(page).getByRole('button', { name: 'Suivant' }).click();
  await expect(callout(page)).toHaveAccessibleName('Étape 2 sur 4');
  await page.reload();
  await expect(callout(page)).toHaveCount(0);
  await launcherOf(page).click();
  await page.getByRole('button', { name: 'Reprendre le guide à l’étape 2 : Envoyer un fichier' }).click();
  await expect(callout(page)).toHaveAccessibleName('Étape 2 sur 4');
  // Stop keeps the place; Escape too.
  await page.keyboard.press('Escape');
  await expect(callout(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reprendre le guide à l’étape 2 : Envoyer un fichier' })).toBeVisible();
});

test('an open guide callout has no axe violations', async ({ page, extensionId }) => {
  await installPack(page, extensionId);
  await openGuides(page);
  await page.getByRole('button', { name: 'Commencer le guide\u202f: Envoyer un fichier' }).click();
  await expect.poll(() => ringAround(page, '#compose-button')).toBe(true);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .include('declic-coach')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/guide-step-fr.png' });
});

/**
 * Layouts that defeat overlays: a fixed bar and a cover above everything, a stacking context,
 * a scroll container, the page's own modal <dialog> (top layer), right-to-left text, and 200%
 * zoom (a 640×400 window: what 1280×800 becomes at 200%). Each time the ring must surround the
 * element, the callout must be inside the window and on top, and its button must work.
 */
for (const [name, layout, viewport] of [
  ['a fixed bar above everything', 'header', undefined],
  ['a stacking context under a cover', 'stacking', undefined],
  ['a scroll container', 'scroll', undefined],
  ["the page's modal dialog", 'dialog', undefined],
  ['right-to-left text', 'rtl', undefined],
  ['200% zoom', 'header', { width: 640, height: 400 }],
] as const) {
  test(`the callout stays visible and usable with ${name}`, async ({ page, extensionId }) => {
    await installPack(page, extensionId);
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`https://mail.google.com/mail/u/4/?case=${layout}`);
    await launcherOf(page).click();
    await page.getByRole('button', { name: 'Commencer le guide\u202f: Mise en page difficile' }).click();
    // The step's element is in a dialog the page opens (top layer) once the guide is running.
    if (layout === 'dialog') await page.locator('#open-d').click();
    const box = page.locator('declic-coach').getByRole('dialog', { name: 'Étape 1 sur 2' });
    await expect(box).toBeVisible();
    await expect.poll(() => ringAround(page, '[data-target]')).toBe(true);
    const b = await box.boundingBox();
    const size = page.viewportSize();
    expect(b && size && b.x >= 0 && b.y >= 0 && b.x + b.width <= size.width && b.y + b.height <= size.height).toBe(
      true,
    );
    // On top: what is under the callout's middle is Déclic, not the page.
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), {
      x: (b?.x ?? 0) + (b?.width ?? 0) / 2,
      y: (b?.y ?? 0) + (b?.height ?? 0) / 2,
    });
    expect(onTop).toBe('declic-coach');
    await page.screenshot({ path: `test-results/screenshots/guide-layout-${layout}${viewport ? '-zoom' : ''}.png` });
    await box.getByRole('button', { name: 'Suivant' }).click();
    await expect(page.locator('declic-coach').getByRole('dialog', { name: 'Étape 2 sur 2' })).toBeVisible();
  });
}

test('"What I have learned" lists finished guides by tool, and resets after asking', async ({
  page,
  extensionId,
  browserWithDeclic,
}) => {
  await installPack(page, extensionId);
  await browserWithDeclic.serviceWorker?.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
    await chrome.storage.local.set({
      guideProgress: { 'asso-guides-test/envoyer-piece-jointe': { step: 3, done: true, at: 1 } },
    });
  });
  await page.reload();
  const learned = page.getByRole('region', { name: 'Ce que j’ai appris' });
  await expect(learned.getByRole('heading', { name: 'Gmail' })).toBeVisible();
  await expect(learned).toContainText('Guide\u202f: Envoyer un fichier');
  await expect(learned.getByRole('listitem').filter({ hasText: 'Communication et collaboration : 1' })).toHaveCount(1);
  await learned.getByRole('button', { name: 'Tout recommencer à zéro' }).click();
  await learned.getByRole('button', { name: 'Non, garder' }).click();
  await expect(learned).toContainText('Guide\u202f: Envoyer un fichier');
  await learned.getByRole('button', { name: 'Tout recommencer à zéro' }).click();
  await learned.getByRole('button', { name: 'Oui, tout recommencer' }).click();
  await expect(learned).toContainText('Rien pour l’instant');
  const progress = await browserWithDeclic.serviceWorker?.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
    return (await chrome.storage.local.get('guideProgress')).guideProgress;
  });
  expect(progress).toEqual({});
});

test('an anchored tip gets a beacon beside its element; a tip whose element is missing stays in the panel', async ({
  page,
  extensionId,
  browserWithDeclic,
}) => {
  await installPack(page, extensionId);
  await page.goto('https://mail.google.com/mail/u/3/');
  const beacon = page.locator('declic-coach').getByRole('button', { name: 'Astuce\u202f: Écrire un message' });
  await expect(beacon).toBeVisible();
  // Just after the button, centred on it, covering none of it.
  const [b, target] = await Promise.all([beacon.boundingBox(), page.locator('#compose-button').boundingBox()]);
  expect(
    b &&
      target &&
      b.x >= target.x + target.width &&
      b.x - (target.x + target.width) < 12 &&
      Math.abs(b.y + b.height / 2 - (target.y + target.height / 2)) < 3,
  ).toBe(true);
  await expect(
    page.locator('declic-coach').getByRole('button', { name: 'Astuce\u202f: Un bouton absent' }),
  ).toHaveCount(0);

  await beacon.focus();
  await page.keyboard.press('Enter');
  const card = page.locator('declic-coach').getByRole('dialog', { name: 'Écrire un message' });
  await expect(card).toContainText('Ce bouton ouvre un nouveau message.');
  await expect(card.getByRole('heading', { name: 'Écrire un message' })).toBeFocused();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .include('declic-coach')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/beacon-card-fr.png' });
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(beacon).toBeFocused();

  await beacon.click();
  await card
    .getByRole('button', { name: 'J’ai compris' })
    .or(card.getByRole('button', { name: 'J’ai compris' }))
    .click();
  await expect(beacon).toHaveCount(0);
  // The card goes at once; the background's write follows: waited for, not assumed.
  await expect
    .poll(() =>
      browserWithDeclic.serviceWorker?.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
        return (await chrome.storage.local.get('tipStates')).tipStates ?? null;
      }),
    )
    .toMatchObject({ 'asso-guides-test/nouveau-message': { status: 'got-it' } });
  // The missing one is still in the panel, with its text.
  await launcherOf(page).click();
  await showAllTips(page);
  await expect(page.locator('declic-coach').getByRole('heading', { name: 'Un bouton absent' })).toBeVisible();
  // Understood tips get no beacon after a reload either. Once Déclic has handed the beacons their
  // view (the missing tip's only), a beacon for the understood tip would already be drawn.
  const since = Date.now();
  await page.reload();
  expect((await lookedAt(browserWithDeclic, 'https://mail.google.com', since)).surfaces).toContain('beacons');
  await expect(launcherOf(page)).toBeVisible();
  await expect(beacon).toHaveCount(0);
});

test('a step done on the page that opens another page of the tool goes on there, at the next step', async ({
  page,
  extensionId,
}) => {
  await installPack(page, extensionId);
  await openGuides(page);
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('afterbegin', '<a id="to-board" href="/mail/u/2/#inbox">Boîte du bureau</a>'),
  );
  await page.getByRole('button', { name: 'Commencer le guide\u202f: Aller dans l’autre boîte' }).click();
  await expect(page.locator('declic-coach').getByRole('dialog', { name: 'Étape 1 sur 2' })).toBeVisible();
  await expect.poll(() => ringAround(page, '#to-board')).toBe(true);
  await page.locator('#to-board').click();
  await expect(page).toHaveURL(/\/mail\/u\/2\//);
  await expect(page.locator('declic-coach').getByRole('dialog', { name: 'Étape 2 sur 2' })).toBeVisible();
});

test('a guide stops cleanly when the volunteer leaves its tool in a single-page app', async ({ page, extensionId }) => {
  await installPack(page, extensionId);
  await page.goto('https://docs.google.com/document/d/guide-test/');
  await launcherOf(page).click();
  await page.getByRole('button', { name: 'Commencer le guide\u202f: Partager le compte rendu' }).click();
  const step = page.locator('declic-coach').getByRole('dialog', { name: 'Étape 1 sur 2' });
  await expect(step).toBeVisible();
  await expect.poll(() => ringAround(page, '#share')).toBe(true);
  await page.locator('#to-sheets').click();
  await expect(page).toHaveURL(/\/spreadsheets\//);
  // Now in Google Sheets: the callout and its ring are gone, the page is untouched, the coach follows.
  await expect(step).toHaveCount(0);
  await expect(ring(page)).toHaveCount(0);
  await expect(launcherOf(page)).toHaveAccessibleName('Déclic\u202f: astuces pour Google Sheets');
});

test('a built-in guide finds its first element on the Gmail-like page', async ({ page }) => {
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await launcherOf(page).click();
  await page
    .getByRole('button', { name: 'Commencer le guide\u202f: Envoyer un message avec une pièce jointe' })
    .click();
  await expect(
    callout(page).or(page.locator('declic-coach').getByRole('dialog', { name: /^Étape 1 sur/ })),
  ).toBeVisible();
  await expect
    .poll(() => ringAround(page, 'button:has-text("Nouveau message"), [role="button"]:has-text("Nouveau message")'))
    .toBe(true);
});
