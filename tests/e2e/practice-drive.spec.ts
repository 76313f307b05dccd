import { expect, test } from './harness/fixtures';
import { builtInGuides, followGuide, openPractice, type StepActions, startHere } from './harness/practice-page';
import { driveSteps, nextcloudSteps } from './practice-drive/guide-steps';
import { drivePick, driveRole, driveShareDialog, exerciseOf, gd, nc, spaceOf } from './practice-drive/words';
import { t } from './real-apps/declic-words';

/**
 * The Google Drive and Nextcloud practice spaces: every built-in guide of each tool runs there to
 * its end, each step it points at found; the exercises pass when done as asked and say the hint
 * when not. (Accessibility, keyboard and zoom: practice-drive-access.spec.ts.)
 */
const SHOTS = 'test-results/screenshots';

const SPACES = [
  { tool: 'google-drive', steps: driveSteps },
  { tool: 'nextcloud', steps: nextcloudSteps },
] as const;

for (const lang of ['fr', 'en'] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    for (const { tool, steps } of SPACES) {
      for (const { key, guide } of builtInGuides(tool)) {
        test(`${tool}: the guide « ${guide.id} » runs to its end, every step it points at found`, async ({
          page,
          extensionId,
        }) => {
          // A whole guide, step by step with its dialogs, takes longer than one check.
          test.slow();
          await openPractice(page, extensionId, tool);
          await startHere(page, lang, guide.title[lang]);
          const actions: StepActions = steps(lang)[guide.id] ?? {};
          const { anchored, found } = await followGuide(page, lang, guide, actions);
          expect(anchored).toBeGreaterThan(0);
          expect(found).toBe(anchored);
          expect(key).toContain(guide.id);
        });
      }
    }

    test('Drive: Marie as « Lecteur » passes the exercise; as « Éditeur » the hint shows', async ({
      page,
      extensionId,
    }) => {
      await openPractice(page, extensionId, 'google-drive');
      await page.screenshot({ path: `${SHOTS}/practice-google-drive-${lang}-1280.png` });
      const card = exerciseOf(page, 'google-drive-share-read-only');
      await expect(card).toContainText('marie.durand@example.org');
      await driveShareDialog(page, lang, 'accounts');
      await drivePick(page, lang, 'marie', 'Marie Durand');
      await spaceOf(page)
        .getByRole('button', { name: gd(lang, 'send'), exact: true })
        .click();
      await expect(card).toContainText(gd(lang, 'exercise.read-only.hint'));
      await expect(card).not.toContainText(gd(lang, 'exercise.read-only.done'));

      await driveRole(page, lang, gd(lang, 'share.role-of', { name: 'Marie Durand' }), 'reader');
      await expect(card).toContainText(gd(lang, 'exercise.read-only.done'));
      await expect(card).toContainText(t(lang, 'practice.exercise.done'));
      await page.screenshot({ path: `${SHOTS}/practice-google-drive-share-${lang}-1280.png` });
    });

    test('Drive: opening the link to anyone as editor is not read-only, even with Marie as reader', async ({
      page,
      extensionId,
    }) => {
      await openPractice(page, extensionId, 'google-drive');
      const card = exerciseOf(page, 'google-drive-share-read-only');
      await driveShareDialog(page, lang, 'accounts');
      await spaceOf(page)
        .getByRole('button', { name: gd(lang, 'access.restricted') })
        .click();
      await spaceOf(page)
        .getByRole('menuitemradio', { name: gd(lang, 'access.anyone') })
        .click();
      await driveRole(page, lang, gd(lang, 'access.role'), 'editor');
      await expect(card).toContainText(gd(lang, 'exercise.read-only.hint'));
      await drivePick(page, lang, 'marie', 'Marie Durand');
      await driveRole(page, lang, gd(lang, 'share.role-new'), 'reader');
      await spaceOf(page)
        .getByRole('button', { name: gd(lang, 'send'), exact: true })
        .click();
      await expect(card).toContainText(gd(lang, 'exercise.read-only.hint'));
    });

    test('Nextcloud: a view-only link to « Photos fête » passes; « Peut modifier » brings the hint', async ({
      page,
      extensionId,
    }) => {
      await openPractice(page, extensionId, 'nextcloud');
      await page.screenshot({ path: `${SHOTS}/practice-nextcloud-${lang}-1280.png` });
      const card = exerciseOf(page, 'nextcloud-view-only-link');
      const photos = nc(lang, 'item.party-photos');
      await spaceOf(page)
        .getByRole('button', { name: nc(lang, 'share.status', { name: photos }) })
        .click();
      await spaceOf(page)
        .getByRole('button', { name: nc(lang, 'share.create') })
        .click();
      await expect(card).toContainText(nc(lang, 'exercise.view-only.done'));
      await spaceOf(page)
        .getByRole('button', { name: nc(lang, 'permission.view'), exact: true })
        .click();
      await spaceOf(page)
        .getByRole('menuitemradio', { name: nc(lang, 'permission.edit') })
        .click();
      await expect(card).toContainText(nc(lang, 'exercise.view-only.hint'));
      await page.screenshot({ path: `${SHOTS}/practice-nextcloud-share-${lang}-1280.png` });
      await expect(spaceOf(page).getByRole('button', { name: nc(lang, 'permission.edit'), exact: true })).toBeFocused();
    });
  });
}
