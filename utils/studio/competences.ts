import en from '../../locales/en.json';

/**
 * The Pix / CRCN competences a tip or guide may name, each with its plain name. The names are
 * data, written once in the locales (`studio.competence.<id>`); this list is read from them.
 */
const PREFIX = 'studio.competence.';

export const competenceIds: readonly string[] = Object.keys(en)
  .filter((key) => key.startsWith(PREFIX))
  .map((key) => key.slice(PREFIX.length))
  .filter((id) => /^\d\.\d$/.test(id));

export const competenceKey = (id: string): string => `${PREFIX}${id}`;
