import { describe, expect, it } from 'vitest';
import type { PracticeEvent } from '../../entrypoints/practice/space-api';
import {
  checkShareReadOnly,
  exercises as drive,
} from '../../entrypoints/practice/spaces/google-drive/google-drive-exercises';
import {
  checkViewOnlyLink,
  exercises as nextcloud,
} from '../../entrypoints/practice/spaces/nextcloud/nextcloud-exercises';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';

const MARIE = 'marie.durand@example.org';
const restricted = { access: 'restricted', role: 'reader' } as const;
const shared = (event: Omit<Extract<PracticeEvent, { type: 'shared' }>, 'type'>): PracticeEvent => ({
  type: 'shared',
  ...event,
});

describe('Drive: « Comptes 2026 » read-only for Marie', () => {
  it('passes when Marie is a reader and the link stays closed', () => {
    expect(
      checkShareReadOnly(shared({ item: 'accounts', person: { email: MARIE, role: 'reader' }, link: restricted })),
    ).toBe(true);
  });

  it('is not right yet when Marie may comment or edit', () => {
    for (const role of ['commenter', 'editor'] as const) {
      expect(checkShareReadOnly(shared({ item: 'accounts', person: { email: MARIE, role }, link: restricted }))).toBe(
        false,
      );
    }
  });

  it('is not right yet when anyone with the link may edit, even with Marie as reader', () => {
    const open = { access: 'anyone', role: 'editor' } as const;
    expect(checkShareReadOnly(shared({ item: 'accounts', link: open }))).toBe(false);
    expect(checkShareReadOnly(shared({ item: 'accounts', person: { email: MARIE, role: 'reader' }, link: open }))).toBe(
      false,
    );
  });

  it('says nothing about other folders, other people, or a link anyone may only read', () => {
    expect(checkShareReadOnly(shared({ item: 'minutes', person: { email: MARIE, role: 'editor' } }))).toBeNull();
    expect(
      checkShareReadOnly(shared({ item: 'accounts', person: { email: 'paul.lefevre@example.org', role: 'editor' } })),
    ).toBeNull();
    expect(checkShareReadOnly(shared({ item: 'accounts', link: { access: 'anyone', role: 'reader' } }))).toBeNull();
    expect(checkShareReadOnly({ type: 'folder-created', name: 'Comptes 2026' })).toBeNull();
  });
});

describe('Nextcloud: a view-only link to « Photos fête »', () => {
  const link = (role: 'reader' | 'editor') => shared({ item: 'party-photos', link: { access: 'anyone', role } });

  it('passes with « Afficher seulement », not with « Peut modifier »', () => {
    expect(checkViewOnlyLink(link('reader'))).toBe(true);
    expect(checkViewOnlyLink(link('editor'))).toBe(false);
  });

  it('says nothing about other folders or other events', () => {
    expect(checkViewOnlyLink(shared({ item: 'documents', link: { access: 'anyone', role: 'editor' } }))).toBeNull();
    expect(checkViewOnlyLink({ type: 'uploaded', item: 'x.pdf', folder: 'Photos fête' })).toBeNull();
  });
});

describe('the exercises of both spaces', () => {
  it('have their words in both languages, and the Drive task shows Marie’s address', () => {
    for (const exercise of [...drive, ...nextcloud]) {
      for (const key of Object.values(exercise.words)) {
        expect(fr, key).toHaveProperty([key]);
        expect(en, key).toHaveProperty([key]);
      }
    }
    expect((fr as Record<string, string>)[drive[0]?.words.task ?? '']).toContain(MARIE);
  });
});
