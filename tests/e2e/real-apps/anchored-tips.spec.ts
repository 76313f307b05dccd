import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { LANGS, type Lang } from './apps';
import { builtInPart, t } from './declic-words';
import { screens as etherpadScreens } from './etherpad-site';
import { expect, type RealBrowser, test } from './real-browser';
import { screens as roundcubeScreens, signIn as roundcubeSignIn } from './roundcube-site';
import type { Screen } from './screen-tests';
import { screens as wordpressScreens, signIn as wordpressSignIn } from './wordpress-site';

/**
 * Every anchored tip of the built-in pack, shown as a beacon beside its element on a real screen:
 * the anchor finds its element in the real app, in French and in English. Each tool's anchored
 * tips must all be listed here (a new one needs a screen where it is seen).
 */
interface App {
  tool: string;
  signIn?(page: Page, lang: Lang): Promise<void>;
  screens(lang: Lang): Screen[];
  /** Which anchored tips each screen (by name) shows. */
  seen: Record<string, string[]>;
}

const apps: App[] = [
  {
    tool: 'wordpress-admin',
    signIn: wordpressSignIn,
    screens: wordpressScreens,
    seen: {
      dashboard: ['posts-vs-pages', 'media-library', 'updates', 'comments'],
      'posts list': ['add-new'],
      users: ['user-roles'],
      'block editor (new post)': ['draft-or-publish', 'preview'],
    },
  },
  {
    tool: 'roundcube',
    signIn: roundcubeSignIn,
    screens: roundcubeScreens,
    seen: {
      inbox: ['compose', 'search', 'junk', 'contacts-group', 'signature'],
      compose: ['bcc', 'attach', 'responses'],
    },
  },
  {
    tool: 'etherpad',
    screens: etherpadScreens,
    seen: { 'a pad': ['your-name', 'public-link', 'timeslider', 'export', 'chat'] },
  },
];

/**
 * What the beacons cover, seen from the page: a control (link, button, field) under any of them,
 * or two beacons on each other. Beacons are Déclic's own; the page's elements are under its host.
 */
const coveredControls = (page: Page, ownElements: Record<string, string[]>) =>
  page.evaluate((allowed) => {
    const own = document.querySelector('declic-coach');
    // Only the beacons shown (one whose element is off the window waits, hidden).
    const buttons = [...(own?.shadowRoot?.querySelectorAll<HTMLElement>('.beacon') ?? [])].filter((b) => !b.hidden);
    const beacons = buttons.map((b) => b.getBoundingClientRect());
    const problems: string[] = [];
    beacons.forEach((r, i) => {
      // A large tile may carry its own beacon in its blank corner (beacon-spot.ts).
      const mine = (allowed[buttons[i]!.getAttribute('aria-label') ?? ''] ?? []).flatMap((css) => [
        ...document.querySelectorAll(css),
      ]);
      for (const [x, y] of [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 3, r.top + 3],
        [r.right - 3, r.bottom - 3],
      ] as const) {
        const hit = document.elementsFromPoint(x, y).find((el) => el !== own);
        const control = hit?.closest(
          'a[href], button, input, select, textarea, [role="button"], [contenteditable="true"]',
        );
        if (control && !mine.includes(control)) problems.push(`beacon ${i + 1} on ${control.outerHTML.slice(0, 80)}`);
      }
      beacons.slice(0, i).forEach((other, j) => {
        if (Math.abs(other.left - r.left) < r.width && Math.abs(other.top - r.top) < r.height) {
          problems.push(`beacon ${i + 1} on beacon ${j + 1}`);
        }
      });
    });
    return [...new Set(problems)];
  }, ownElements);

/** The volunteer chose "intermediate": every tip of the tool applies. */
const intermediate = (b: RealBrowser) =>
  b.serviceWorker!.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({
      settings: { level: 'intermediate' },
    }),
  );

for (const app of apps) {
  const anchored = builtInPart(app.tool).tips.filter((tip) => tip.anchor);

  test(`${app.tool}: every anchored tip is seen on a listed screen`, () => {
    const listed = Object.values(app.seen)
      .flat()
      .map((id) => `${app.tool}-${id}`);
    expect(listed.sort()).toEqual(anchored.map((tip) => tip.id).sort());
  });

  for (const lang of LANGS) {
    test(`${app.tool} (${lang}): each anchored tip's beacon stands beside its element`, async ({
      openBrowser,
    }, testInfo) => {
      const b = await openBrowser(lang);
      await intermediate(b);
      const page = await b.newPage();
      await app.signIn?.(page, lang);
      for (const screen of app.screens(lang).filter((s) => app.seen[s.name])) {
        await screen.open(page);
        for (const id of app.seen[screen.name]!) {
          const tip = anchored.find((x) => x.id === `${app.tool}-${id}`)!;
          const beacon = page.locator('declic-coach').getByRole('button', {
            name: t(lang, 'beacon.label', { title: tip.title[lang] }),
            exact: true,
          });
          await expect(beacon, `${tip.id} on ${screen.name}`).toBeVisible({ timeout: 15_000 });
        }
        await page.screenshot({
          path: `test-results/screenshots/beacons-${app.tool}-${lang}-${screen.name.replace(/\W+/g, '-')}.png`,
        });
        const ownElements = Object.fromEntries(
          anchored.map((tip) => [
            t(lang, 'beacon.label', { title: tip.title[lang] }),
            (tip.anchor ?? []).flatMap((locator) => (locator.css ? [locator.css] : [])),
          ]),
        );
        expect(await coveredControls(page, ownElements), `page controls under the beacons of ${screen.name}`).toEqual(
          [],
        );
        testInfo.annotations.push({
          type: 'beacons',
          description: `${screen.name}: ${app.seen[screen.name]!.length} found`,
        });
      }
    });
  }
}
