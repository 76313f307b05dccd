import type { Page, TestInfo } from '@playwright/test';
import type { Lang } from './apps';
import { expect } from './real-browser';

/** A sentence with a glossary word, added to the page's content: its mark says the glossary ran. */
const PROBE: Record<Lang, { text: string; word: string }> = {
  fr: { text: 'La cotisation est à jour.', word: 'cotisation' },
  en: { text: 'The membership fee is paid.', word: 'membership fee' },
};

export interface Marks {
  /** Marked words inside the app's own chrome (menus, toolbars, buttons, headers of lists). */
  chrome: string[];
  /** Marked words in the work: the volunteer's posts, mails, pages. */
  content: string[];
  /** Marks on text the page does not show (never painted, never hovered). */
  hidden: number;
}

/** The glossary's marks on this page, each placed in the chrome or the content. */
const marksOn = (page: Page, chrome: string): Promise<Marks> =>
  page.evaluate((chromeSelector) => {
    const marks: Marks = { chrome: [], content: [], hidden: 0 };
    for (const range of (CSS.highlights.get('declic-term') ?? []) as Iterable<Range>) {
      const text = range.toString();
      const el = range.startContainer.parentElement;
      if (!el || el.closest('[data-declic-probe]')) continue;
      if (range.getClientRects().length === 0) marks.hidden++;
      else if (el.closest(chromeSelector)) {
        const path: string[] = [];
        for (let e: Element | null = el; e && path.length < 3; e = e.parentElement)
          path.push(
            `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].slice(0, 2).join('.')}[${e.getAttribute('role') ?? ''}]`,
          );
        marks.chrome.push(`${text} @ ${path.join(' < ')}`);
      } else marks.content.push(text);
    }
    return marks;
  }, chrome);

/**
 * Once the glossary has marked a probe sentence added to the page (the positive signal that it
 * read this page), the marks on the app's chrome (none expected) and on the content (the `words`
 * seeded there, when the screen shows some) go into the report.
 */
export async function expectMarksOnContent(
  page: Page,
  lang: Lang,
  screen: { name: string; chrome: string; words?: string[] },
  testInfo: TestInfo,
): Promise<void> {
  const probe = PROBE[lang];
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.dataset.declicProbe = '';
    p.textContent = text;
    document.body.append(p);
  }, probe.text);
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...((CSS.highlights.get('declic-term') ?? []) as Iterable<Range>)].some((r) =>
          r.startContainer.parentElement?.closest('[data-declic-probe]'),
        ),
      ),
    )
    .toBe(true);
  const marks = await marksOn(page, screen.chrome);
  testInfo.annotations.push({
    type: 'glossary marks',
    description: `${screen.name}: chrome ${marks.chrome.length}${marks.chrome.length ? ` (${marks.chrome.join(', ')})` : ''}, content ${marks.content.length}${marks.content.length ? ` (${marks.content.join(', ')})` : ''}, hidden ${marks.hidden}`,
  });
  expect.soft(marks.chrome, `marks on the chrome of ${screen.name}`).toEqual([]);
  expect.soft(marks.hidden, `marks on text ${screen.name} does not show`).toBe(0);
  for (const word of screen.words ?? []) {
    const seen = marks.content.some((w) => w.toLowerCase().includes(word));
    expect.soft(seen, `« ${word} » marked on ${screen.name} (marked: ${marks.content.join(', ')})`).toBe(true);
  }
}
