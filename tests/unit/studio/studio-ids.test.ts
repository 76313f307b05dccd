import { describe, expect, it } from 'vitest';
import { competence } from '../../../utils/packs/pack-fields';
import { competenceIds } from '../../../utils/studio/competences';
import { kebabOf, makeId, withIds } from '../../../utils/studio/make-id';
import { kebabId } from '../../../utils/tools/tool-schema';

describe('the id maker', () => {
  it('writes a title in kebab-case, without accents', () => {
    expect(kebabOf('Écrire aux adhérents !')).toBe('ecrire-aux-adherents');
    expect(kebabOf('  Cœur   de la Fête — 2027 ')).toBe('coeur-de-la-fete-2027');
  });

  it('adds a short suffix when the id is taken, and a word when the title has too few letters', () => {
    expect(makeId('Partager', new Set(['partager']), 'astuce')).toBe('partager-2');
    expect(makeId('Partager', new Set(['partager', 'partager-2']), 'astuce')).toBe('partager-3');
    expect(makeId('?', new Set(), 'astuce')).toBe('astuce');
    expect(makeId('', new Set(['astuce']), 'astuce')).toBe('astuce-2');
  });

  it('always makes a valid pack id, even from a very long title', () => {
    for (const title of ['x'.repeat(300), 'a', '日本語', 'Été 2027 !!!', `${'mot '.repeat(40)}`]) {
      const id = makeId(title, new Set([kebabOf(title)]), 'astuce');
      expect(kebabId.safeParse(id).success, id).toBe(true);
    }
  });

  it('keeps the ids already made, and fills only the missing ones', () => {
    const items = withIds(
      [
        { id: 'garde', title: 'Nouveau titre' },
        { id: '', title: 'Garde' },
        { id: '', title: 'Garde' },
      ],
      (item) => item.title,
      'astuce',
    );
    expect(items.map((item) => item.id)).toEqual(['garde', 'garde-2', 'garde-3']);
  });
});

describe('the competences offered', () => {
  it('are the 16 of Pix, each one a pack accepts', () => {
    expect(competenceIds).toHaveLength(16);
    for (const id of competenceIds) expect(competence.safeParse(id).success, id).toBe(true);
  });
});
