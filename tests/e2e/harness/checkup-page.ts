import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The check-up page (entrypoints/checkup/) as a board uses it: open it, answer, read the report. */
export type Answer = 'yes' | 'partly' | 'no' | 'unknown';
const data = JSON.parse(readFileSync('diagnostics/association.json', 'utf8')) as {
  questions: { id: string; text: { fr: string; en: string } }[];
};
export const questionIds = data.questions.map((question) => question.id);
export const questionText = (id: string, lang: 'fr' | 'en' = 'en') =>
  data.questions.find((question) => question.id === id)?.text[lang] ?? id;

export async function openCheckup(context: BrowserContext, extensionId: string): Promise<Page> {
  // Déclic opens its welcome tab once installed: were it to open after this page, this page would
  // be a background tab, whose animation frames (which clicks wait for) the browser holds back.
  await expect
    .poll(() => context.pages().some((open) => open.url().endsWith('/welcome.html')), { timeout: 20_000 })
    .toBe(true);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/checkup.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
  await page.bringToFront();
  return page;
}

/** Every question answered « yes », but those given; waits until the last answer is kept. */
export async function answerAll(page: Page, weak: Record<string, Answer>): Promise<void> {
  for (const id of questionIds) await page.locator(`input[name="${id}"][value="${weak[id] ?? 'yes'}"]`).check();
  await expect(page.getByRole('status').first()).toContainText(
    `${questionIds.length} answers of ${questionIds.length}.`,
  );
  await expect(page.getByRole('status').first()).toContainText('They are kept on this computer.');
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** 200 % zoom as the browser does it: half as many CSS pixels across, each drawn twice as big. */
export async function zoom200(page: Page): Promise<CDPSession> {
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

/** The check-ups the device keeps, read as the page reads them. */
export const storedCheckups = (page: Page) =>
  page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return ((await chrome.storage.local.get('checkups')).checkups ?? []) as {
      startedAt: number;
      finishedAt?: number;
    }[];
  });
