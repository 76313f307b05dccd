import { band, inFront, keptByDeclic } from '../harness/studio-page';
import { expect, test } from './real-browser';
import { signIn, wordpress } from './wordpress-site';

/**
 * The studio on the real WordPress 6.1 (in French): a guide recorded across two page loads of
 * the admin, a click on a post of the list kept without its title (a row is the association's
 * content), that step shown again on the real page, and the guide tried there as a volunteer.
 */
test('WordPress 6.1 (fr): a mentor records a guide, re-points a step, and tries it on the real admin', async ({
  openBrowser,
}) => {
  const browser = await openBrowser('fr');
  const { url } = wordpress('fr');
  const wp = await browser.newPage();
  await signIn(wp, 'fr');
  const studio = await browser.newPage();
  await studio.goto(`chrome-extension://${browser.extensionId}/studio.html`);
  await expect(studio.locator('main')).toHaveAttribute('aria-busy', 'false');
  await studio.getByRole('textbox', { name: 'Nom du paquet', exact: true }).fill('Site de l’association');
  await studio.getByRole('textbox', { name: /^Présentation du paquet/ }).fill('Publier sur le site.');
  await studio.getByRole('textbox', { name: 'Nom', exact: true }).fill('Camille');
  await studio.getByRole('button', { name: 'Ajouter un guide' }).click();
  const guide = studio.getByRole('group', { name: 'Guide 1' });
  await guide.getByRole('textbox', { name: 'Titre du guide', exact: true }).fill('Écrire un article');
  await guide.getByLabel('Outil').selectOption('wordpress-admin');

  // Recording: the menu (a page load), a post of the list (another), then « Terminer ».
  await guide.getByRole('button', { name: 'Enregistrer les étapes du guide 1 sur la page' }).click();
  await inFront(wp);
  await expect(band(wp).getByRole('heading', { name: 'Déclic enregistre votre guide' })).toBeVisible();
  await wp.locator('#menu-posts > a').click();
  await expect(wp).toHaveURL(url('/wp-admin/edit.php'));
  await expect(band(wp).getByRole('status')).toContainText('1 étape enregistrée.');
  // The first post of the list (other tests add some): its title is the association's content.
  const first = wp.locator('a.row-title').first();
  const postTitle = ((await first.textContent()) ?? '').trim();
  await first.click();
  await expect(wp).toHaveURL(/post\.php\?post=\d+&action=edit/);
  await expect(band(wp).getByRole('status')).toContainText('2 étapes enregistrées.');
  await band(wp).getByRole('button', { name: 'Terminer l’enregistrement' }).click();
  await inFront(studio);

  const stepText = (n: number) => guide.getByRole('textbox', { name: `Texte de l’étape ${n}`, exact: true });
  await expect(stepText(1)).toHaveValue('Cliquez sur «\u202fArticles\u202f».');
  // The post's title is the association's content: neither its sentence nor its place keeps it.
  await expect(stepText(2)).toHaveValue('Cliquez à l’endroit entouré.');
  expect(await keptByDeclic(studio)).not.toContain(postTitle);

  // Re-pointed on the posts list: « Ajouter » is what the volunteer needs.
  await wp.goto(url('/wp-admin/edit.php'));
  await studio.bringToFront();
  await guide.getByRole('button', { name: 'Montrer l’endroit (Étape 2)' }).click();
  await inFront(wp);
  await wp.locator('a.page-title-action').click();
  // The admin menu has an « Ajouter » under each part: the name finds several, its place is kept.
  const tried = band(wp).locator('.picker-tried li');
  await expect(tried.first()).toHaveText(/^le lien «\u202fAjouter\u202f» — trouve [2-9] éléments, pas gardé/);
  await expect(tried.filter({ hasText: /gardé$/ }).filter({ hasNotText: 'pas gardé' })).not.toHaveCount(0);
  await band(wp).getByRole('button', { name: 'Garder cet endroit' }).click();
  await inFront(studio);
  await expect(guide.getByText(/^Déclic montrera sa place dans la page \(.*page-title-action\)/)).toBeVisible();
  await stepText(2).fill('Cliquez sur «\u202fAjouter\u202f» pour écrire un nouvel article.');

  // Tried on the real admin: the guide starts, its first step ringed on « Articles ».
  await wp.goto(url('/wp-admin/'));
  await studio.bringToFront();
  await studio.getByRole('button', { name: 'Essayer sur la page' }).click();
  await inFront(wp);
  const coach = wp.locator('declic-coach');
  await coach.getByRole('button', { name: /^Déclic/ }).click();
  await wp.getByRole('button', { name: 'Commencer le guide\u202f: Écrire un article' }).click();
  await expect(coach.getByRole('dialog', { name: 'Étape 1 sur 2' })).toBeVisible();
  const ring = await coach.locator('.guide-ring').boundingBox();
  const menu = await wp.locator('#menu-posts > a').boundingBox();
  expect(ring && menu && ring.x <= menu.x && ring.x + ring.width >= menu.x + menu.width).toBe(true);
});
