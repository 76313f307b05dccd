import { readFileSync } from 'node:fs';
import { buildGranting, launch } from './harness/browser';
import { coachOf, expect, launcherOf, showAllTips, test } from './harness/fixtures';
import { band, expectNoAxeViolations, followGuide, inFront, keptByDeclic } from './harness/studio-page';

test.use({ lang: 'fr' });

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';

test('a mentor records a 4-step guide across page changes, tries the draft there, and a volunteer follows the file', async ({
  page: studio,
  browserWithDeclic,
  extensionId,
  server,
}) => {
  await studio.goto(`chrome-extension://${extensionId}/studio.html`);
  await expect(studio.locator('main')).toHaveAttribute('aria-busy', 'false');
  await studio.getByRole('textbox', { name: 'Nom du paquet', exact: true }).fill('Bureau — Gmail');
  await studio.getByRole('textbox', { name: 'Nom', exact: true }).fill('Claire');
  const gmail = await browserWithDeclic.context.newPage();
  await gmail.goto(GMAIL);
  await expect(launcherOf(gmail)).toBeVisible();
  await studio.bringToFront();

  // Three tips and two words, written in the form.
  for (const [n, title] of [
    [1, 'Écrire un message'],
    [2, 'Chercher un ancien message'],
    [3, 'Relire avant d’envoyer'],
  ] as const) {
    await studio.getByRole('button', { name: 'Ajouter une astuce' }).click();
    const tip = studio.getByRole('group', { name: `Astuce ${n}` });
    if (n === 1) await tip.getByLabel('Outil').selectOption({ label: 'Gmail' });
    await tip.getByRole('textbox', { name: 'Titre', exact: true }).fill(title);
    await tip.getByRole('textbox', { name: 'Texte de l’astuce', exact: true }).fill('Prenez votre temps.');
  }
  for (const [n, term, definition] of [
    [1, 'Cci', 'Une copie cachée : les autres ne voient pas cette adresse.'],
    [2, 'Brouillon', 'Un message pas encore envoyé.'],
  ] as const) {
    await studio.getByRole('button', { name: 'Ajouter un mot' }).click();
    const word = studio.getByRole('group', { name: `Mot ${n}` });
    await word.getByRole('textbox', { name: 'Mot', exact: true }).fill(term);
    await word.getByRole('textbox', { name: 'Explication simple', exact: true }).fill(definition);
  }

  // « Enregistrer les étapes »: the mentor does the task in Gmail, each click is a step.
  await studio.getByRole('button', { name: 'Ajouter un guide' }).click();
  const guide = studio.getByRole('group', { name: 'Guide 1' });
  await guide.getByRole('textbox', { name: 'Titre du guide', exact: true }).fill('Écrire au bureau');
  await guide.getByLabel('Outil').selectOption({ label: 'Gmail' });
  await guide.getByRole('button', { name: 'Enregistrer les étapes du guide 1 sur la page' }).click();
  await inFront(gmail);
  await expect(band(gmail).getByRole('heading', { name: 'Déclic enregistre votre guide' })).toBeVisible();
  await gmail.locator('#compose-button').click();
  // The page works as usual (its compose window opens, its address changes), the step is counted.
  await expect(gmail.locator('.compose')).toBeVisible();
  await expect(band(gmail).getByRole('status')).toContainText('1 étape enregistrée.');
  await expect(band(gmail).getByRole('status')).toContainText('Cliquez sur «\u202fNouveau message\u202f».');
  await gmail.getByRole('textbox', { name: 'À', exact: true }).click();
  await gmail.keyboard.type('tresoriere@jardins-partages.org');
  await expect(band(gmail).getByRole('status')).toContainText('2 étapes enregistrées.');
  // Esc in the page is the page's (closing a window of it): the recording goes on.
  await gmail.keyboard.press('Escape');
  await expect(band(gmail).getByRole('status')).toContainText('2 étapes enregistrées.');
  // A new page of the same tool: the recording goes on there.
  await gmail.reload();
  await expect(band(gmail).getByRole('status')).toContainText('2 étapes enregistrées.');
  await gmail.locator('#compose-button').click();
  await expect(band(gmail).getByRole('status')).toContainText('3 étapes enregistrées.');
  await gmail.getByRole('textbox', { name: 'Objet', exact: true }).click();
  await gmail.keyboard.type('Compte rendu de Mme Dupont');
  await gmail.locator('.compose button', { hasText: 'Envoyer' }).click();
  await expect(band(gmail).getByRole('status')).toContainText('5 étapes enregistrées.');
  await band(gmail).getByRole('button', { name: 'Terminer l’enregistrement' }).click();
  await expect(band(gmail)).toHaveCount(0);
  await inFront(studio);

  // Five clicks, five steps with their sentence and their place; the extra one is deleted.
  const stepText = (n: number) => guide.getByRole('textbox', { name: `Texte de l’étape ${n}`, exact: true });
  await expect(stepText(1)).toHaveValue('Cliquez sur «\u202fNouveau message\u202f».');
  await expect(stepText(2)).toHaveValue('Cliquez dans «\u202fÀ\u202f» et écrivez.');
  await expect(stepText(5)).toHaveValue('Cliquez sur «\u202fEnvoyer\u202f».');
  await guide.getByRole('button', { name: 'Supprimer l’étape 3' }).click();
  await expect(stepText(3)).toHaveValue('Cliquez dans «\u202fObjet\u202f» et écrivez.');
  await stepText(2).fill('Cliquez dans «\u202fÀ\u202f» et écrivez l’adresse du bureau.');
  await expect(guide.getByText('Déclic montrera le champ «\u202fObjet\u202f».')).toBeVisible();
  await expectNoAxeViolations(studio);

  // Nothing typed in Gmail is kept: not the address, not the subject.
  const kept = await keptByDeclic(studio);
  expect(kept).toContain('Nouveau message');
  expect(kept).not.toContain('tresoriere@');
  expect(kept).not.toContain('Dupont');

  // « Essayer sur la page »: Gmail shows the draft as a volunteer will, nothing installed.
  await studio.getByRole('button', { name: 'Essayer sur la page' }).click();
  // A draft Déclic would refuse is not tried: the mistake shows, in words, on its field.
  await expect(studio.getByText('Corrigez d’abord ce qui est signalé, puis essayez à nouveau.')).toBeVisible();
  const description = studio.getByRole('textbox', { name: /^Présentation du paquet/ });
  await expect(description).toHaveAccessibleDescription(/Le texte de présentation du paquet est vide/);
  await description.fill('Les astuces du bureau pour la messagerie.');
  await studio.getByRole('button', { name: 'Essayer sur la page' }).click();
  await inFront(gmail);
  // Its tips and its guide are in the panel, as a volunteer will see them.
  await launcherOf(gmail).click();
  await showAllTips(gmail);
  await expect(coachOf(gmail).getByRole('heading', { name: 'Écrire un message' })).toBeVisible();
  await expect(coachOf(gmail).getByRole('heading', { name: 'Relire avant d’envoyer' })).toBeVisible();
  await gmail.screenshot({ path: '/tmp/x/trial.png' });
  await expect(
    coachOf(gmail).getByRole('button', { name: 'Commencer le guide\u202f: Écrire au bureau' }),
  ).toBeVisible();
  await studio.bringToFront();
  await expect(studio.getByText(/^Essai en cours dans l’onglet/)).toBeVisible();
  await studio.getByRole('button', { name: 'Arrêter l’essai' }).click();
  await expect(studio.getByText('L’essai est arrêté.')).toBeVisible();
  await expect(coachOf(gmail).getByRole('heading', { name: 'Écrire un message' })).toHaveCount(0);

  // Exported, then a volunteer on another computer installs the file and follows the guide.
  const downloading = studio.waitForEvent('download');
  await studio.getByRole('button', { name: 'Exporter le fichier' }).click();
  const file = readFileSync(await (await downloading).path());
  const pack = JSON.parse(file.toString('utf8'));
  expect(pack.tips).toHaveLength(3);
  expect(pack.glossary).toHaveLength(2);
  expect(pack.guides[0].steps).toHaveLength(4);
  expect(pack.guides[0].steps.every((step: { anchor?: unknown }) => step.anchor)).toBe(true);
  expect(file.toString('utf8')).not.toMatch(/tresoriere@|Dupont/);

  const volunteer = await launch({ extensionDir: buildGranting([]), port: server.port, lang: 'fr' });
  try {
    const options = await volunteer.context.newPage();
    await options.goto(`chrome-extension://${volunteer.extensionId}/options.html`);
    await options
      .locator('input[type="file"]')
      .setInputFiles({ name: 'bureau.json', mimeType: 'application/json', buffer: file });
    await options.getByRole('button', { name: 'Installer ce paquet' }).click();
    await expect(options.locator(`[data-pack-id="${pack.id}"]`)).toBeVisible();
    const mail = await volunteer.context.newPage();
    await mail.goto(GMAIL);
    await launcherOf(mail).click();
    await followGuide(mail, 'Écrire au bureau', 4, [2, 3]);
  } finally {
    await volunteer.close();
  }
});
