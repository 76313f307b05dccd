import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Déclic's coach in a web page, seen from the page (its shadow root is open). Puppeteer waits
 * for shadow content with `visible: true` (checked every animation frame): its default, a
 * MutationObserver on the document, does not see changes inside a shadow root.
 */
export const LAUNCHER = 'declic-coach >>> button.launcher';
export const PANEL = 'declic-coach >>> section[role="dialog"]';

/** Waits for the launcher and gives its accessible name (aria-label). */
export async function launcherName(page: Page): Promise<string | null> {
  const launcher = await page.waitForSelector(LAUNCHER, { visible: true });
  return launcher!.evaluate((button) => button.getAttribute('aria-label'));
}

export interface PanelView {
  /** Its accessible name: the heading aria-labelledby points to. */
  name: string;
  /** Titles of the tips it shows (rendered, not hidden). */
  tips: string[];
  lang: string | null;
}

export async function panelView(panel: ElementHandle): Promise<PanelView> {
  return panel.evaluate((section) => {
    const root = section.getRootNode() as ShadowRoot;
    const title = root.getElementById(section.getAttribute('aria-labelledby') ?? '');
    const tips = [...section.querySelectorAll('ul.tips > li h3')]
      .filter((h) => h.checkVisibility())
      .map((h) => h.textContent ?? '');
    return { name: title?.textContent ?? '', tips, lang: section.getAttribute('lang') };
  });
}

/**
 * Opens the panel with a real click on the launcher; resolves once it is on screen, with every
 * tip shown (the panel opens on one, the others under "See all tips": clicked open, as a volunteer would).
 */
export async function openPanel(page: Page): Promise<PanelView> {
  await page.click(LAUNCHER);
  const panel = await page.waitForSelector(PANEL, { visible: true });
  const fold = await page.$(`${PANEL} details.all-tips:not([open]) > summary`);
  if (fold) {
    await fold.click();
    await page.waitForSelector(`${PANEL} details.all-tips[open]`);
  }
  return panelView(panel!);
}

/** Resolves once the panel is gone; says whether the launcher has the focus back. */
export async function panelClosed(page: Page): Promise<{ launcherFocused: boolean }> {
  await page.waitForFunction(
    () => !document.querySelector('declic-coach')?.shadowRoot?.querySelector('[role=dialog]'),
    {
      polling: 'raf',
    },
  );
  return page.evaluate(() => {
    const root = document.querySelector('declic-coach')?.shadowRoot;
    return { launcherFocused: root?.activeElement === root?.querySelector('button.launcher') };
  });
}

export const coachCount = (page: Page): Promise<number> =>
  page.evaluate(() => document.querySelectorAll('declic-coach').length);

/** The words under the 'declic-term' highlight, as the page's own scripts see the registry. */
export const highlightedWords = (page: Page): Promise<string[] | null> =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('declic-term');
    if (!highlight) return null;
    return [...highlight].map((r) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  });

/** The page's DOM, without Déclic's one element. */
export const domWithoutDeclic = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('declic-coach')) el.remove();
    return copy.outerHTML;
  });
