/**
 * The benchmark's pages, generated: heavy tool pages with 3,000 rows of French association text
 * full of jargon (the glossary issue will mark these words), and a page that never stops changing.
 */
const JARGON = [
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

function sentence(i: number): string {
  const a = JARGON[i % JARGON.length];
  const b = JARGON[(i * 7 + 3) % JARGON.length];
  return `Bonjour, voici la ${a} pour la réunion n°${i} ; pensez au ${b} avant vendredi, merci de relire l'${JARGON[(i * 3) % JARGON.length]} et de répondre à tous.`;
}

export function heavyInbox(rows = 3000): string {
  const list = Array.from(
    { length: rows },
    (_, i) =>
      `<tr class="zA"><td class="yX">${PEOPLE[i % PEOPLE.length]}</td><td class="xY"><span class="bog">Objet ${i} : ${JARGON[i % JARGON.length]}</span> <span class="y2">${sentence(i)}</span></td><td>${(i % 28) + 1} nov.</td></tr>`,
  ).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Boîte de réception (${rows}) - asso@gmail.com - Gmail</title></head><body><header><input aria-label="Rechercher dans les messages"></header><div role="main"><table>${list}</table></div></body></html>`;
}

export function heavyFileList(rows = 3000): string {
  const list = Array.from(
    { length: rows },
    (_, i) =>
      `<tr data-cy-files-list-row-name="fichier-${i}.odt"><td class="files-list__row-name">Dossier ${i % 40} / ${JARGON[i % JARGON.length]} ${i}.odt</td><td>${(i % 900) + 12} Ko</td><td>${sentence(i)}</td></tr>`,
  ).join('');
  return `<!doctype html><html lang="fr"><head data-requesttoken="YmVuY2g=" data-user="benevole"><meta charset="utf-8"><title>Fichiers - Asso Bench</title></head><body id="body-user"><input type="hidden" id="initial-state-core-config" value="e30="><main id="content" class="app-files"><table>${list}</table></main></body></html>`;
}

/** A news ticker and carousel that change the DOM every 50 ms, forever. */
export function churningPage(): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mon Drive - Google Drive</title></head><body>
<div id="ticker" aria-live="off"></div><ul id="carousel"></ul>
<script>
  let n = 0;
  setInterval(() => {
    n++;
    document.getElementById('ticker').textContent = 'Dernière minute n°' + n;
    const list = document.getElementById('carousel');
    const item = document.createElement('li');
    item.textContent = 'Diapo ' + n;
    list.append(item);
    if (list.children.length > 20) list.firstElementChild.remove();
  }, 50);
</script></body></html>`;
}

export function plainArticle(): string {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Actualités locales</title></head><body><article><h1>La fête des associations</h1>${paragraphs}</article></body></html>`;
}
