import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { coachOf, expect, launcherOf, test } from './harness/fixtures';

/**
 * Déclic's element belongs to Déclic: a page that claims its name, removes it, or swaps its body
 * does not take the coach away from the volunteer (see detector.content/keep-coach.ts).
 */
test.use({ lang: 'fr' });

const INBOX = 'https://mail.google.com/mail/u/2/#inbox';
/** The launcher wherever Déclic had to put it (role queries cross open shadow roots). */
const anyLauncher = (page: Page) => page.getByRole('button', { name: 'Déclic\u202f: astuces pour Gmail', exact: true });
const panelOf = (page: Page) => page.getByRole('dialog', { name: /Astuces pour Gmail/ });
/** The page's own view of the element holding Déclic's launcher. */
const launcherHost = (page: Page) =>
  page.evaluate(() => {
    const host = [...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('button.launcher'));
    const pageClass = (window as unknown as { PageCoach?: typeof HTMLElement }).PageCoach;
    return host ? { name: host.localName, pages: !!pageClass && host instanceof pageClass } : null;
  });

test.beforeEach(async ({ browserWithDeclic }) => {
  await browserWithDeclic.serviceWorker?.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
      settings: { language: 'fr', level: 'beginner', coachEnabled: true, glossary: true, disabledSites: [] },
    }),
  );
});

test('a page that defined declic-coach first, with a fake launcher, neither stops nor captures the coach', async ({
  page,
}) => {
  await page.addInitScript(() => {
    class PageCoach extends HTMLElement {
      constructor() {
        super();
        const shadow = this.attachShadow({ mode: 'open' });
        shadow.innerHTML = '<button>Déclic : astuces pour Gmail (faux)</button>';
      }
    }
    Object.assign(window, { PageCoach });
    customElements.define('declic-coach', PageCoach);
    // …and it plants one of its own in the page.
    addEventListener('DOMContentLoaded', () => document.body.append(document.createElement('declic-coach')));
  });
  await page.goto(INBOX);
  await anyLauncher(page).click();
  await expect(panelOf(page)).toBeVisible();
  // Déclic's launcher is in an element of its own, never in the page's.
  expect(await launcherHost(page)).toEqual({ name: 'div', pages: false });
  await expect(coachOf(page)).toHaveCount(1);
  await expect(coachOf(page).getByRole('dialog')).toHaveCount(0);
});

test('a page that made declic-coach its own element gets the coach under another element', async ({ page }) => {
  await page.addInitScript(() => {
    class PageCoach extends HTMLElement {}
    Object.assign(window, { PageCoach });
    customElements.define('declic-coach', PageCoach);
  });
  await page.goto(INBOX);
  await anyLauncher(page).click();
  await expect(panelOf(page)).toBeVisible();
  expect(await launcherHost(page)).toEqual({ name: 'div', pages: false });
  // Nothing named after Déclic is left in the page, and nothing tells the page where it went.
  await expect(coachOf(page)).toHaveCount(0);
});

test('a page that defines declic-coach later and empties it gets the coach back', async ({ page }) => {
  await page.goto(INBOX);
  await expect(launcherOf(page)).toBeVisible();
  await page.evaluate(() => {
    class PageCoach extends HTMLElement {
      constructor() {
        super();
        this.shadowRoot?.replaceChildren();
      }
    }
    Object.assign(window, { PageCoach });
    customElements.define('declic-coach', PageCoach);
  });
  await anyLauncher(page).click();
  await expect(panelOf(page)).toBeVisible();
  expect(await launcherHost(page)).toEqual({ name: 'div', pages: false });
});

test('removed once, the coach comes back; removed again and again, the popup shows the tips', async ({
  page,
  browserWithDeclic,
  extensionId,
}) => {
  await page.goto(INBOX);
  await launcherOf(page).click();
  await expect(panelOf(page)).toBeVisible();
  await page.evaluate(() => document.querySelector('declic-coach')?.remove());
  await expect(panelOf(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panelOf(page)).toHaveCount(0);

  // Now the page removes it each time it comes back: Déclic stops after a few tries.
  await page.evaluate(() => {
    const remove = () => document.querySelector('declic-coach')?.remove();
    new MutationObserver(remove).observe(document.documentElement, { childList: true });
    remove();
  });
  const popup = await browserWithDeclic.context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Cette page cache le bouton de Déclic' })).toBeVisible();
  await expect(popup.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(coachOf(page)).toHaveCount(0);
});

test('a page that swaps its whole body gets its new words marked', async ({ page }) => {
  await page.goto(INBOX);
  await expect(launcherOf(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('declic-term')?.size ?? 0)).toBe(13);
  await page.evaluate(() => {
    const body = document.createElement('body');
    body.innerHTML = '<p>Un don avec son reçu fiscal, et une pièce jointe.</p>';
    document.body.replaceWith(body);
  });
  const marked = () =>
    page.evaluate(
      () =>
        [...(CSS.highlights.get('declic-term') ?? [])].filter((r) => document.body.contains(r.startContainer)).length,
    );
  await expect.poll(marked).toBe(3);
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('declic-term')?.size ?? 0)).toBe(3);
  await expect(launcherOf(page)).toBeVisible();
});
