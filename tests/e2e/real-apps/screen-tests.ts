import type { Page } from '@playwright/test';
import type { Lang } from './apps';
import { expectMarksOnContent } from './glossary-marks';
import { expect, expectCoached, type RealBrowser, reportCount, reportOn, test } from './real-browser';

/** A main screen of a real app, opened as a volunteer would, ready once `open` returns. */
export interface Screen {
  name: string;
  /** The context Déclic should report there (null: the tool's general tips). */
  context: string | null;
  /**
   * Set where Déclic's detection is known to be wrong on this real screen: the check is then
   * expected to fail (test.fail). Detection rules are owned elsewhere; the gap is only recorded.
   */
  gap?: string;
  /** Glossary words the screen's content shows (the seeded posts, mails…): marked there. */
  words?: string[];
  open(page: Page): Promise<void>;
}

export interface Tour {
  tool: { id: string; name: string };
  lang: Lang;
  /** Through the app's real login form, where it has one. */
  signIn?(page: Page): Promise<void>;
  /** The app's own chrome, as CSS: menus, toolbars, list headers, popups. */
  chrome: string;
  screens: Screen[];
}

/** One test per screen that Déclic coaches it, and one that it adds no page error on any. */
export function screenTests(tour: Tour): void {
  for (const screen of tour.screens) {
    test(`coaches ${screen.name}`, async ({ openBrowser }, testInfo) => {
      test.fail(Boolean(screen.gap), screen.gap);
      const browser = await openBrowser(tour.lang);
      const page = await browser.newPage();
      await tour.signIn?.(page);
      await screen.open(page);
      const expected = { toolId: tour.tool.id, name: tour.tool.name, contextId: screen.context };
      await expectCoached(browser, page, expected, testInfo);
      await expectMarksOnContent(page, tour.lang, { ...screen, chrome: tour.chrome }, testInfo);
    });
  }

  test('adds no page error on any screen', async ({ openBrowser }, testInfo) => {
    const without = await errorsPerScreen(await openBrowser(tour.lang, { withDeclic: false }), tour);
    const withDeclic = await errorsPerScreen(await openBrowser(tour.lang), tour);
    for (const { name } of tour.screens) {
      const added = withDeclic[name]!.filter((error) => !without[name]!.includes(error));
      testInfo.annotations.push({
        type: 'page errors',
        description: `${name}: ${withDeclic[name]!.length} with Déclic, ${without[name]!.length} without${added.length ? `; added: ${added.join(' | ')}` : ''}`,
      });
      expect.soft(added, `page errors Déclic added on ${name}`).toEqual([]);
    }
  });
}

/** Visits every screen in one signed-in page; with Déclic, a screen ends when its report came. */
async function errorsPerScreen(browser: RealBrowser, tour: Tour): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  const errors = browser.pageErrors.get(page)!;
  await tour.signIn?.(page);
  const result: Record<string, string[]> = {};
  for (const screen of tour.screens) {
    const before = errors.length;
    const mark = browser.serviceWorker ? await reportCount(browser) : 0;
    await screen.open(page);
    if (browser.serviceWorker) await reportOn(browser, page, mark);
    result[screen.name] = errors.slice(before);
  }
  await page.close();
  return result;
}

export { expect, test };
