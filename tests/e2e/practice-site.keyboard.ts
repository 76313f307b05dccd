import { expect, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './harness/practice-page';
import { type Lang, space, W } from './practice-site.words';
import { t } from './real-apps/declic-words';

export const exercise = (page: Page, id: string) => page.locator(`[data-exercise="${id}"] [role="status"]`);

/**
 * Presses Tab (or Shift+Tab) until the focus is on `target`, as a keyboard user would; every
 * control met on the way inside the space must show a focus ring.
 */
async function tabTo(page: Page, target: Locator, back = false) {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el?.closest('.practice-space')) return 'outside';
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2 ? 'ring' : el.outerHTML;
    });
    if (ring !== 'outside') expect(ring).toBe('ring');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`never reached ${target}`);
}

/** Each space's exercise done with the keyboard alone, axe checking every state met on the way. */
export const KEYBOARD_PATHS: Record<string, (page: Page, lang: Lang) => Promise<void>> = {
  // The menu, « Ajouter une page », the title, the text, « Enregistrer le brouillon ».
  'wordpress-admin': async (page, lang) => {
    const w = W[lang];
    await tabTo(page, space(page).getByRole('link', { name: w.pages, exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, space(page).locator('a.page-title-action'));
    await page.keyboard.press('Enter');
    await expect(space(page).getByRole('textbox', { name: w.addTitle })).toBeFocused();
    await page.keyboard.type(w.festival);
    await page.keyboard.press('Enter');
    await page.keyboard.type(w.text);
    await tabTo(page, space(page).getByRole('button', { name: w.inserter }), true);
    await page.keyboard.press('Enter');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await tabTo(page, space(page).getByRole('button', { name: w.saveDraft }));
    await page.keyboard.press('Enter');
    const done = t(lang, 'practice.wordpress-admin.exercise.draft.done');
    await expect(exercise(page, 'wordpress-admin-draft-first')).toContainText(done);
    await tabTo(page, space(page).getByRole('button', { name: w.publish, exact: true }));
    await page.keyboard.press('Enter');
    await expect(space(page).locator('.editor-post-publish-panel button.editor-post-publish-button')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  },
  // « Autoriser », the name, the micro's arrow and list, « Rejoindre la réunion », then the screen's button.
  'jitsi-meet': async (page, lang) => {
    const w = W[lang];
    await tabTo(page, space(page).getByRole('button', { name: w.allow, exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, space(page).getByRole('textbox', { name: w.name }));
    await page.keyboard.type('Camille');
    await tabTo(page, space(page).getByRole('button', { name: w.audioSettings }));
    await page.keyboard.press('Enter');
    await tabTo(page, space(page).getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    await expect(space(page).getByText(w.micTested)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, space(page).locator('[data-testid="prejoin.joinMeeting"]'), true);
    await page.keyboard.press('Enter');
    const done = t(lang, 'practice.jitsi-meet.exercise.ready.done');
    await expect(exercise(page, 'jitsi-meet-join-ready')).toContainText(done);
    await tabTo(page, space(page).getByRole('button', { name: w.share }));
    await page.keyboard.press('Enter');
    await expect(space(page).getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(space(page).getByRole('dialog')).toHaveCount(0);
    await expect(space(page).getByRole('button', { name: w.share })).toBeFocused();
  },
  // The « Obligatoire » switch of the e-mail question, « Aperçu », then the member's « Envoyer ».
  'google-forms': async (page, lang) => {
    const w = W[lang];
    await tabTo(page, space(page).getByRole('switch', { name: w.required }).nth(1));
    await page.keyboard.press('Space');
    await tabTo(page, space(page).getByRole('button', { name: w.preview, exact: true }), true);
    await page.keyboard.press('Enter');
    const done = t(lang, 'practice.google-forms.exercise.required.done');
    await expect(exercise(page, 'google-forms-required-preview')).toContainText(done);
    await tabTo(page, space(page).getByRole('button', { name: w.submit }));
    await page.keyboard.press('Enter');
    await expect(space(page).getByText(t(lang, 'practice.google-forms.required-error')).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  },
};
