import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const WORDS = {
  en: {
    title: 'Welcome to Déclic',
    start: 'Try it now',
    launcher: 'Déclic: tips for the practice',
    panel: 'Tips for the practice',
    tip: 'Write a new message',
    done: /^Well done!/,
    pin: 'In Chrome',
    menu: 'Explain “tax receipt” with Déclic',
  },
  fr: {
    title: 'Bienvenue dans Déclic',
    start: 'Essayer maintenant',
    launcher: 'Déclic\u202f: astuces pour l’exercice',
    panel: 'Astuces pour l’exercice',
    tip: 'Écrire un nouveau message',
    done: /^Bravo/,
    pin: 'Dans Chrome',
    menu: 'Expliquer «\u202freçu fiscal\u202f» avec Déclic',
  },
} as const;

type Command = { name?: string; shortcut?: string };

async function openWelcome(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
  return page;
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** 200 % zoom as the browser does it: half as many CSS pixels across, each drawn twice as big. */
async function zoom200(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 640,
    height: 360,
    deviceScaleFactor: 2,
    mobile: false,
  });
  await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(640);
  return cdp;
}

/** A screenshot through the same session (Playwright's own would put its viewport back): 1280 pixels wide. */
async function zoomedShot(cdp: CDPSession, path: string, fullPage = false) {
  const { cssContentSize } = await cdp.send('Page.getLayoutMetrics');
  const clip = fullPage ? { x: 0, y: 0, width: 640, height: Math.ceil(cssContentSize.height), scale: 1 } : undefined;
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: fullPage, clip });
  writeFileSync(path, Buffer.from(data, 'base64'));
}

for (const lang of ['en', 'fr'] as const) {
  const words = WORDS[lang];
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    test('the welcome page draws each feature, names every drawing, and has no axe violations', async ({
      browserWithDeclic,
      extensionId,
    }) => {
      const page = await openWelcome(browserWithDeclic.context, extensionId);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
      const drawings = page.locator('svg.drawing');
      await expect(drawings).toHaveCount(5);
      const labels = await drawings.evaluateAll((all) =>
        all.map((svg) => [svg.getAttribute('role'), svg.getAttribute('aria-label')]),
      );
      for (const [role, label] of labels) {
        expect(role).toBe('img');
        expect(label).toMatch(/^(Drawing|Dessin)/);
      }
      await expect(page.getByRole('img', { name: /^(Drawing|Dessin)/ })).toHaveCount(4); // the mailbox waits for "Try it now"
      await expect(page.getByRole('heading', { level: 3, name: words.pin })).toBeVisible();
      await expect(page.locator('.menu-entry')).toHaveText(words.menu);
      // The shortcut line says what the browser reports for the coach's command, or where to choose one.
      // Chromium has no commands API at all while the manifest declares no command.
      const keys = await page.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { commands?: { getAll(): Promise<Command[]> } } };
        const commands = (await chrome.commands?.getAll()) ?? [];
        return commands.find((command) => command.name === 'open-coach')?.shortcut ?? '';
      });
      await expect(page.locator('.shortcut-line')).toContainText(keys || 'chrome://extensions/shortcuts');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/welcome-${lang}-1280.png`, fullPage: true });

      const cdp = await zoom200(page);
      // Reflow: nothing needs scrolling sideways at 200 %.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      await zoomedShot(cdp, `${SHOTS}/welcome-${lang}-200.png`, true);
    });

    test('the practice is done with the keyboard alone', async ({ browserWithDeclic, extensionId }) => {
      const page = await openWelcome(browserWithDeclic.context, extensionId);
      const start = page.getByRole('button', { name: words.start });
      for (let presses = 0; presses < 30 && !(await start.evaluate((el) => el === document.activeElement)); presses++) {
        await page.keyboard.press('Tab');
      }
      await expect(start).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(start).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('img', { name: /^(Drawing of a mailbox|Dessin d’une messagerie)/ })).toBeVisible();
      const launcher = page.getByRole('button', { name: words.launcher });
      await expect(launcher).toBeFocused();

      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog', { name: words.panel });
      await expect(panel).toBeVisible();
      await expect(launcher).toHaveAttribute('aria-expanded', 'true');
      await expect(panel.getByRole('heading', { name: words.panel })).toBeFocused();
      await expect(panel.getByRole('heading', { name: words.tip })).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(panel.getByRole('button').first()).toBeFocused();
      await expectNoAxeViolations(page);
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/welcome-practice-${lang}-1280.png` });

      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(launcher).toBeFocused();
      await expect(launcher).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('status')).toHaveText(words.done);

      const cdp = await zoom200(page);
      await page.keyboard.press('Enter');
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('heading', { name: words.panel })).toBeFocused();
      await zoomedShot(cdp, `${SHOTS}/welcome-practice-${lang}-200.png`);
    });
  });
}
