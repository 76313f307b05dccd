/**
 * The benchmark's text: French association rows full of jargon (the glossary marks these words).
 * Static pages for the engine and glossary probes; the live pages (live-pages.ts) reuse the rows.
 */
export const JARGON = [
  'pièce jointe',
  'brouillon',
  'Cc',
  'Cci',
  'lien de partage',
  'cloud',
  'spam',
  'adhésion',
  'reçu fiscal',
  'cotisation',
  'assemblée générale',
  'ordre du jour',
  'procès-verbal',
  'trésorerie',
  'bénévole',
];
const PEOPLE = ['Trésorière', 'Mairie', 'HelloAsso', 'Secrétaire', 'Président', 'Fédération', 'Bénévole'];

export function sentence(i: number): string {
  const a = JARGON[i % JARGON.length];
  const b = JARGON[(i * 7 + 3) % JARGON.length];
  return `Bonjour, voici la ${a} pour la réunion n°${i} ; pensez au ${b} avant vendredi, merci de relire l'${JARGON[(i * 3) % JARGON.length]} et de répondre à tous.`;
}

/** One Gmail-like row (the class names are Gmail's own); `data-thread` lets a beacon anchor to it. */
export function inboxRow(i: number): string {
  return `<tr class="zA" data-thread="t-${i}"><td class="yX">${PEOPLE[i % PEOPLE.length]}</td><td class="xY"><span class="bog">Objet ${i} : ${JARGON[i % JARGON.length]}</span> <span class="y2">${sentence(i)}</span></td><td>${(i % 28) + 1} nov.</td></tr>`;
}

/** One Nextcloud-like row of the file list. */
export function fileRow(i: number): string {
  return `<tr data-cy-files-list-row-name="fichier-${i}.odt"><td class="files-list__row-name">Dossier ${i % 40} / ${JARGON[i % JARGON.length]} ${i}.odt</td><td>${(i % 900) + 12} Ko</td><td class="files-list__row-desc">${sentence(i)}</td></tr>`;
}

export const rows = (count: number, row: (i: number) => string) => Array.from({ length: count }, (_, i) => row(i));

export const INBOX_HEAD = (title: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><header><input aria-label="Rechercher dans les messages"> <button type="button" id="compose-button">Nouveau message</button></header>`;

// Nextcloud's markers (request token, body id, initial state) are in the HTML, as on a real server.
export const FILES_HEAD = (title: string) =>
  `<!doctype html><html lang="fr"><head data-requesttoken="YmVuY2g=" data-user="benevole"><meta charset="utf-8"><title>${title}</title></head><body id="body-user"><input type="hidden" id="initial-state-core-config" value="e30=">`;

/** The whole inbox in the HTML: the static page the engine and glossary probes read. */
export function heavyInbox(count = 3000): string {
  return `${INBOX_HEAD(`Boîte de réception (${count}) - asso@gmail.com - Gmail`)}<div role="main"><table>${rows(count, inboxRow).join('')}</table></div></body></html>`;
}

export function heavyFileList(count = 3000): string {
  return `${FILES_HEAD('Fichiers - Asso Bench')}<main id="content" class="app-files"><table>${rows(count, fileRow).join('')}</table></main></body></html>`;
}

/** A site Déclic does not know: no Déclic code may run there. */
export function plainArticle(): string {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Actualités locales</title></head><body><article><h1>La fête des associations</h1>${paragraphs}</article></body></html>`;
}
