import type { Page, TestInfo } from '@playwright/test';
import type { Guide } from '../../../utils/packs/pack-schema';
import type { Lang } from './apps';
import { builtInPart, t } from './declic-words';
import { expect } from './real-browser';

/**
 * A built-in guide walked on a real app as a volunteer does it: each step's action done on the
 * page (click what the ring surrounds, type where it says), "Next" only where a step has no
 * click of its own. Every anchored step must be found; the count goes in the report.
 */
export type StepAct =
  /** Click what the ring surrounds: the guide moves on by itself. */
  | 'click'
  /** Nothing to click: read it, press "Next". */
  | 'next'
  /**
   * Do something on the page (type, choose), then press "Next" — unless it ends with a click that
   * moved the guide on by itself, which it says by returning 'moved'.
   */
  | ((page: Page) => Promise<unknown>);

/** A built-in guide, from the pack's own source (the one the build assembles). */
export function builtInGuide(tool: string, id: string): Guide {
  const guide = builtInPart(tool).guides.find((g) => g.id === id);
  if (!guide) throw new Error(`no built-in guide ${id} for ${tool}`);
  return guide;
}

const coach = (page: Page) => page.locator('declic-coach');
const ring = (page: Page) => coach(page).locator('.guide-ring');

/** Clicks the middle of what the guide's ring surrounds, as the volunteer would. */
export async function clickRinged(page: Page): Promise<void> {
  await expect(ring(page)).toBeVisible();
  const box = await ring(page).boundingBox();
  if (!box) throw new Error('no ring');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Starts the guide from the panel and does every step; `acts` has one entry per step. */
export async function walkGuide(
  page: Page,
  lang: Lang,
  guide: Guide,
  acts: StepAct[],
  testInfo: TestInfo,
): Promise<void> {
  const ui = lang;
  const total = guide.steps.length;
  expect(acts, `one action per step of ${guide.id}`).toHaveLength(total);
  // The screen's anchored tips show their beacons first: the guide then takes their place.
  await expect(coach(page).locator('.beacon').first()).toBeVisible();
  await coach(page)
    .getByRole('button', { name: /^Déclic/ })
    .click();
  await page.getByRole('button', { name: t(ui, 'guide.start-named', { title: guide.title[lang] }) }).click();
  const found: number[] = [];
  for (const [index, step] of guide.steps.entries()) {
    const n = index + 1;
    const dialog = coach(page).getByRole('dialog', { name: t(ui, 'guide.step', { n, total }) });
    await expect(dialog, `${guide.id}: step ${n} shown`).toBeVisible({ timeout: 15_000 });
    // The ring is the one thing pointing at the page: the tips' beacons wait for the guide's end.
    await expect(coach(page).locator('.beacon')).toHaveCount(0);
    if (step.anchor) {
      // Found means ringed; a step Déclic cannot place says so in its callout instead.
      await expect(ring(page).or(dialog.getByText(t(ui, 'guide.not-found')))).toBeVisible();
      if (await ring(page).isVisible()) found.push(n);
    }
    const act = acts[index]!;
    if (act === 'click') {
      await clickRinged(page);
      // Done by the click: the next step comes by itself (the last one waits for "Finish").
      if (n < total) {
        await expect(dialog).toHaveCount(0);
        continue;
      }
    } else if (act !== 'next' && (await act(page)) === 'moved' && n < total) {
      await expect(dialog).toHaveCount(0);
      continue;
    }
    await dialog.getByRole('button', { name: t(ui, n < total ? 'guide.next' : 'guide.finish') }).click();
  }
  // Finished: the ring and the last step's callout are gone.
  await expect(ring(page)).toHaveCount(0);
  await expect(coach(page).getByRole('dialog', { name: t(ui, 'guide.step', { n: total, total }) })).toHaveCount(0);
  const anchored = guide.steps.flatMap((step, i) => (step.anchor ? [i + 1] : []));
  testInfo.annotations.push({
    type: 'guide',
    description: `${guide.id}: anchored steps found ${found.length}/${anchored.length}`,
  });
  expect(found, `${guide.id}: every anchored step found`).toEqual(anchored);
}
