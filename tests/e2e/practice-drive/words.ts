import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../real-apps/apps';
import { t } from '../real-apps/declic-words';

/** A space's own words, as the volunteer reads them. */
export const gd = (lang: Lang, key: string, vars?: Record<string, string>) =>
  t(lang, `practice.google-drive.${key}`, vars);
export const nc = (lang: Lang, key: string, vars?: Record<string, string>) =>
  t(lang, `practice.nextcloud.${key}`, vars);

/** The imitation itself, apart from Déclic's column beside it. */
export const spaceOf = (page: Page) => page.locator('.practice-space');

/** An exercise's card, where its result is said. */
export const exerciseOf = (page: Page, id: string) => page.locator(`[data-exercise="${id}"]`);

/** Drive: a right click on an item, then « Partager › Partager », as the guides say. */
export async function driveShareDialog(page: Page, lang: Lang, item: string): Promise<void> {
  const space = spaceOf(page);
  await space.getByRole('button', { name: gd(lang, `item.${item}`), exact: true }).click({ button: 'right' });
  await space
    .getByRole('menuitem', { name: gd(lang, 'menu.share'), exact: true })
    .first()
    .click();
  await space
    .locator('.kit-submenu')
    .getByRole('menuitem', { name: gd(lang, 'menu.share') })
    .click();
  await page.getByRole('dialog', { name: gd(lang, 'share.title', { name: gd(lang, `item.${item}`) }) }).waitFor();
}

/** Drive: a person typed in the share dialog's field and picked from the suggestions. */
export async function drivePick(page: Page, lang: Lang, typed: string, name: string): Promise<void> {
  await spaceOf(page)
    .getByRole('combobox', { name: gd(lang, 'share.add') })
    .fill(typed);
  await spaceOf(page).getByRole('option', { name }).click();
}

/** Drive: a role chosen on a role button (the people being added, or a person already there). */
export async function driveRole(page: Page, lang: Lang, label: string, role: string): Promise<void> {
  await spaceOf(page).getByRole('button', { name: label }).click();
  await spaceOf(page)
    .getByRole('menuitemradio', { name: gd(lang, `role.${role}`), exact: true })
    .click();
}

/** The pretend « Ouvrir » window: a sample file chosen, then « Ouvrir ». */
export async function pickFile(page: Page, words: (key: string) => string): Promise<string> {
  const name = words('file.invoice');
  const picker = page.getByRole('dialog', { name: words('picker.title') });
  await picker.getByRole('radio', { name: new RegExp(`^${name.replace(/[.]/g, '\\.')}`) }).check();
  await picker.getByRole('button', { name: words('picker.open'), exact: true }).click();
  return name;
}

/**
 * Waits until the guide's ring is drawn around this element again: after a step's own action
 * moved it (the dialog grew or shrank), the ring follows on the next frame, and followGuide
 * clicks where the ring is.
 */
export async function ringAround(page: Page, target: Locator): Promise<void> {
  const ring = page.locator('declic-coach .guide-ring');
  await expect
    .poll(async () => {
      const [r, t] = await Promise.all([ring.boundingBox(), target.boundingBox()]);
      if (!r || !t) return false;
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      return x > t.x && x < t.x + t.width && y > t.y && y < t.y + t.height;
    })
    .toBe(true);
}
