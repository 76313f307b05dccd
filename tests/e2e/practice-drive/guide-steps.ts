import { expect } from '@playwright/test';
import type { StepActions } from '../harness/practice-page';
import type { Lang } from '../real-apps/apps';
import { drivePick, driveRole, driveShareDialog, gd, nc, pickFile, ringAround, spaceOf } from './words';

const ASSOCIATION = 'Les Amis du Quartier';

/**
 * What each step's text asks, done by hand as a volunteer reads it (steps the guide points at are
 * clicked by followGuide itself). Keyed by the guide's id; a step's number counts from 0.
 */
export const driveSteps = (lang: Lang): Record<string, StepActions> => ({
  'google-drive-share-folder-link': {
    0: (page) => driveShareDialog(page, lang, 'accounts'),
    1: (page) => drivePick(page, lang, 'marie', 'Marie Durand'),
    2: (page) => driveRole(page, lang, gd(lang, 'share.role-new'), 'reader'),
    4: (page) => expect(spaceOf(page).getByRole('button', { name: gd(lang, 'access.restricted') })).toBeVisible(),
  },
  'google-drive-upload': {
    0: (page) =>
      spaceOf(page)
        .getByRole('button', { name: gd(lang, 'item.accounts'), exact: true })
        .dblclick(),
    3: async (page) => {
      await pickFile(page, (key) => gd(lang, key));
    },
    4: async (page) => {
      await expect(spaceOf(page).getByText(gd(lang, 'upload.done'))).toBeVisible();
      await expect(spaceOf(page).getByRole('button', { name: gd(lang, 'file.invoice'), exact: true })).toBeVisible();
    },
  },
  'google-drive-new-folder': {
    3: async (page) => {
      const name = lang === 'fr' ? 'Assemblée générale 2026' : 'General meeting 2026';
      await spaceOf(page)
        .getByRole('textbox', { name: gd(lang, 'folder-name') })
        .fill(name);
      await spaceOf(page)
        .getByRole('button', { name: gd(lang, 'create'), exact: true })
        .click();
      await expect(spaceOf(page).getByRole('button', { name, exact: true })).toBeVisible();
    },
  },
  'google-drive-transfer-ownership': {
    0: (page) => driveShareDialog(page, lang, 'minutes'),
    1: async (page) => {
      await drivePick(page, lang, 'contact@amis', ASSOCIATION);
      await expect(spaceOf(page).getByRole('button', { name: gd(lang, 'share.role-new') })).toContainText(
        gd(lang, 'role.editor'),
      );
      await ringAround(page, spaceOf(page).getByRole('button', { name: gd(lang, 'send'), exact: true }));
    },
    2: async (page) => {
      await spaceOf(page)
        .getByRole('button', { name: gd(lang, 'done'), exact: true })
        .click();
      await driveShareDialog(page, lang, 'minutes');
      await spaceOf(page)
        .getByRole('button', { name: gd(lang, 'share.role-of', { name: ASSOCIATION }) })
        .click();
    },
    3: async (page) => {
      // « Suivant », outside the list of roles, closed it (as any menu does): it is opened again.
      const transfer = spaceOf(page).getByRole('menuitem', { name: gd(lang, 'transfer.title-menu') });
      if (!(await transfer.isVisible())) {
        await spaceOf(page)
          .getByRole('button', { name: gd(lang, 'share.role-of', { name: ASSOCIATION }) })
          .click();
      }
      await transfer.click();
      await spaceOf(page)
        .getByRole('button', { name: gd(lang, 'transfer.send') })
        .click();
      await expect(spaceOf(page).getByText(gd(lang, 'share.pending-owner'))).toBeVisible();
    },
  },
});
export const nextcloudSteps = (lang: Lang): Record<string, StepActions> => ({
  'nextcloud-share-folder-link': {
    0: (page) =>
      spaceOf(page)
        .getByRole('button', { name: nc(lang, 'share.status', { name: nc(lang, 'item.party-photos') }) })
        .click(),
    4: (page) =>
      expect(spaceOf(page).getByRole('button', { name: nc(lang, 'permission.edit'), exact: true })).toBeVisible(),
  },
  'nextcloud-upload': {
    0: (page) =>
      spaceOf(page)
        .getByRole('button', { name: nc(lang, 'item.documents'), exact: true })
        .click(),
    3: async (page) => {
      await pickFile(page, (key) => nc(lang, key));
    },
    4: async (page) => {
      await expect(spaceOf(page).locator('progress')).toHaveCount(0);
      await expect(spaceOf(page).getByRole('button', { name: nc(lang, 'file.invoice'), exact: true })).toBeVisible();
    },
  },
  'nextcloud-new-folder': {
    3: async (page) => {
      const name = lang === 'fr' ? 'Assemblée générale 2026' : 'General meeting 2026';
      await spaceOf(page)
        .getByRole('textbox', { name: nc(lang, 'folder.name') })
        .fill(name);
      await page.keyboard.press('Enter');
      await expect(spaceOf(page).getByRole('button', { name, exact: true })).toBeVisible();
    },
  },
});
