import { coachOf, expect, launcherOf, test } from './harness/fixtures';
import { band, expectNoAxeViolations, inFront } from './harness/studio-page';

test.use({ lang: 'fr' });

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';

test('a mentor shows Déclic the place on the page, with the mouse or the keyboard, and tries the tip there', async ({
  page: studio,
  browserWithDeclic,
  extensionId,
}) => {
  await studio.goto(`chrome-extension://${extensionId}/studio.html`);
  await studio.bringToFront();
  await expect(studio.locator('main')).toHaveAttribute('aria-busy', 'false');
  await studio.getByRole('textbox', { name: 'Nom du paquet', exact: true }).fill('Bureau — Gmail');
  await studio.getByRole('textbox', { name: 'Nom', exact: true }).fill('Claire');
  await studio.getByRole('textbox', { name: /^Présentation du paquet/ }).fill('Les astuces du bureau.');
  await studio.getByRole('button', { name: 'Ajouter une astuce' }).click();
  const tip1 = studio.getByRole('group', { name: 'Astuce 1' });
  await tip1.getByLabel('Outil').selectOption({ label: 'Gmail' });
  await tip1.getByRole('textbox', { name: 'Titre', exact: true }).fill('Écrire un message');
  await tip1.getByRole('textbox', { name: 'Texte de l’astuce', exact: true }).fill('Le bouton en haut à gauche.');

  // No Gmail open yet: the studio says what to do, on the button itself.
  await tip1.getByRole('button', { name: 'Montrer l’endroit (Astuce 1)' }).click();
  await expect(tip1.getByRole('alert')).toHaveText('Ouvrez d’abord Gmail dans un autre onglet, puis revenez ici.');
  const gmail = await browserWithDeclic.context.newPage();
  await gmail.goto(GMAIL);
  await expect(launcherOf(gmail)).toBeVisible();
  await studio.bringToFront();

  // « Montrer l’endroit »: Gmail's tab comes to the front with the picker's band.
  await tip1.getByRole('button', { name: 'Montrer l’endroit (Astuce 1)' }).click();
  await inFront(gmail);
  await expect(band(gmail).getByRole('heading', { name: 'Montrez l’endroit à Déclic' })).toBeVisible();
  await gmail.locator('#compose-button').hover();
  await expect(band(gmail).locator('.picker-under')).toHaveText(
    'Sous la souris\u202f: le bouton «\u202fNouveau message\u202f» — trouve 1 élément',
  );
  // The click chooses: Gmail does not open a message. Each way of finding it is tried on the page.
  await gmail.locator('#compose-button').click();
  await expect(band(gmail).locator('.picker-tried li').first()).toHaveText(
    'le bouton «\u202fNouveau message\u202f» — trouve 1 élément, gardé',
  );
  await expect(band(gmail).locator('.picker-tried')).toContainText(
    'l’élément dont id vaut «\u202fcompose-button\u202f»',
  );
  await expect(gmail.locator('.compose')).toHaveCount(0);
  await band(gmail).getByRole('button', { name: 'Garder cet endroit' }).click();
  await expect(band(gmail)).toHaveCount(0);

  // Back in the studio, the place in words, the focus on the button that asked.
  await inFront(studio);
  await expect(tip1.getByText('Déclic montrera le bouton «\u202fNouveau message\u202f».')).toBeVisible();
  await expect(tip1.getByRole('button', { name: 'Montrer l’endroit (Astuce 1)' })).toBeFocused();
  await expectNoAxeViolations(studio);

  // With the keyboard: Tab to the search field, Enter chooses it; Esc leaves without a choice.
  await studio.getByRole('button', { name: 'Ajouter une astuce' }).click();
  const tip2 = studio.getByRole('group', { name: 'Astuce 2' });
  await tip2.getByRole('textbox', { name: 'Titre', exact: true }).fill('Chercher un ancien message');
  await tip2.getByRole('textbox', { name: 'Texte de l’astuce', exact: true }).fill('Tapez un mot du message.');
  await tip2.getByRole('button', { name: 'Montrer l’endroit (Astuce 2)' }).click();
  await inFront(gmail);
  await expect(band(gmail)).toBeVisible();
  await expectNoAxeViolations(gmail, 'declic-coach');
  await gmail.keyboard.press('Escape');
  await expect(band(gmail)).toHaveCount(0);
  await inFront(studio);
  await expect(tip2.getByText('Aucun endroit choisi', { exact: false })).toBeVisible();
  await tip2.getByRole('button', { name: 'Montrer l’endroit (Astuce 2)' }).click();
  await inFront(gmail);
  await expect(band(gmail)).toBeVisible();
  await gmail.getByRole('textbox', { name: 'Rechercher dans les messages' }).focus();
  await gmail.keyboard.press('Enter');
  await expect(band(gmail).locator('.picker-tried li').first()).toHaveText(
    'le champ «\u202fRechercher dans les messages\u202f» — trouve 1 élément, gardé',
  );
  await gmail.keyboard.press('Enter');
  await inFront(studio);
  await expect(tip2.getByText('Déclic montrera le champ «\u202fRechercher dans les messages\u202f».')).toBeVisible();

  // « Essayer sur la page »: each tip's beacon beside its element in Gmail, nothing installed.
  await studio.getByRole('button', { name: 'Essayer sur la page' }).click();
  await inFront(gmail);
  await expect(coachOf(gmail).getByRole('button', { name: 'Astuce\u202f: Écrire un message' })).toBeVisible();
  await expect(coachOf(gmail).getByRole('button', { name: 'Astuce\u202f: Chercher un ancien message' })).toBeVisible();
  await studio.bringToFront();
  await studio.getByRole('button', { name: 'Arrêter l’essai' }).click();
  await expect(studio.getByText('L’essai est arrêté.')).toBeVisible();
  await expect(coachOf(gmail).getByRole('button', { name: 'Astuce\u202f: Écrire un message' })).toHaveCount(0);
});
