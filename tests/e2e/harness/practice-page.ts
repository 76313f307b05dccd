import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Guide } from '../../../utils/packs/pack-schema';
import { type PracticeTool, practicePath } from '../../../utils/practice/spaces';
import type { Lang } from '../real-apps/apps';
import { t } from '../real-apps/declic-words';

const ROOT = join(import.meta.dirname, '../../..');
const BUILT_IN = ['declic-essentials', 'declic-vie-asso'];

/** Every built-in guide of a tool, from the packs' sources, keyed as the coach keys them. */
export function builtInGuides(tool: string): { key: string; guide: Guide }[] {
  return BUILT_IN.flatMap((pack) => {
    const file = join(ROOT, 'packs', pack, 'tools', `${tool}.json`);
    if (!existsSync(file)) return [];
    const part = JSON.parse(readFileSync(file, 'utf8')) as { guides?: Guide[] };
    return (part.guides ?? []).map((guide) => ({ key: `${pack}/${guide.id}`, guide }));
  });
}

/** What a step's text asks the volunteer to do by hand (type, choose…), done before moving on. */
export type StepActions = Record<number, (page: Page) => Promise<void>>;

/** The same rule as the guide's step-action.ts: a field is typed in, the guide waits for "Next". */
const FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Opens a practice space (with a guide started, as « S'entraîner d'abord » does), once it is drawn. */
export async function openPractice(page: Page, extensionId: string, tool: PracticeTool, guide?: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}${practicePath(tool, guide)}`);
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
}

export const calloutOf = (page: Page) => page.locator('declic-coach .guide-callout');
const ringOf = (page: Page) => page.locator('declic-coach .guide-ring');

/** Starts a guide from the space's own list, as a volunteer on the practice page does. */
export async function startHere(page: Page, lang: Lang, title: string): Promise<void> {
  await page.getByRole('button', { name: t(lang, 'practice.guide.follow-named', { title }) }).click();
}

/** The ring's box once it has caught up with a layout that changed (two looks in a row agree). */
async function settledBox(page: Page) {
  let last = '';
  let box: Awaited<ReturnType<Locator['boundingBox']>> = null;
  await expect
    .poll(async () => {
      box = await ringOf(page).boundingBox();
      const now = JSON.stringify(box);
      const same = box !== null && now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return box as Awaited<ReturnType<Locator['boundingBox']>>;
}

/**
 * Follows a running guide to its end like a volunteer: on each step with an anchor, waits for the
 * ring (never "I cannot find this place") around an element of the imitation, then clicks inside it — a button moves the guide on by
 * itself; a field is typed in and "Next" pressed. Says how many anchored steps there were and how
 * many were found.
 */
export async function followGuide(
  page: Page,
  lang: Lang,
  guide: Guide,
  actions: StepActions = {},
): Promise<{ anchored: number; found: number }> {
  const callout = calloutOf(page);
  const total = guide.steps.length;
  let found = 0;
  for (const [index, step] of guide.steps.entries()) {
    await expect(callout.locator('h2')).toHaveText(t(lang, 'guide.step', { n: index + 1, total }));
    const last = index === total - 1;
    let movedOn = false;
    if (step.anchor) {
      await expect(ringOf(page)).toBeVisible();
      await expect(callout.locator('.guide-note')).toBeHidden();
      await actions[index]?.(page);
      const box = await settledBox(page);
      if (!box) throw new Error(`Step ${index + 1}: the ring has no box`);
      // Found in the imitation, not in Déclic's own column beside it.
      const space = await page.locator('.practice-space').boundingBox();
      const inside = (a: number, from: number, size: number) => a >= from - 8 && a <= from + size + 8;
      if (space && inside(box.x, space.x, space.width) && inside(box.y + box.height, space.y, space.height)) found += 1;
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const field = await page.evaluate(({ x, y, sel }) => !!document.elementFromPoint(x, y)?.closest(sel), {
        ...at,
        sel: FIELD,
      });
      await page.mouse.click(at.x, at.y);
      if (field && !actions[index]) await page.keyboard.type(lang === 'fr' ? 'Essai' : 'Test');
      movedOn = !field && !last;
    } else {
      await actions[index]?.(page);
    }
    if (!movedOn) {
      const label = t(lang, last ? 'guide.finish' : 'guide.next');
      await callout.getByRole('button', { name: label, exact: true }).click();
    }
  }
  await expect(callout).toHaveCount(0);
  await expect(page.getByText(t(lang, 'practice.guide.finished', { title: guide.title[lang] }))).toBeVisible();
  return { anchored: guide.steps.filter((step) => step.anchor).length, found };
}

/** A window of 1366 × 820 pixels zoomed to 200 %, as the other pages are checked at. */
export const ZOOM_200 = { width: 683, height: 410, deviceScaleFactor: 2 };

/** axe-core's WCAG 2.2 AA rules over the whole page (Déclic's open shadow root included). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
