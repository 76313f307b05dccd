import { describe, expect, it } from 'vitest';
import type { PracticeEvent } from '../../entrypoints/practice/space-api';
import { sampleMessages, splitAddresses } from '../../entrypoints/practice/spaces/gmail/gmail-data';
import { BOARD, exercises as gmail } from '../../entrypoints/practice/spaces/gmail/gmail-exercises';
import { matches, queryOf } from '../../entrypoints/practice/spaces/gmail/gmail-search';
import { exercises as roundcube } from '../../entrypoints/practice/spaces/roundcube/roundcube-exercises';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';

const sent = (fields: Partial<Extract<PracticeEvent, { type: 'mail-sent' }>>): PracticeEvent => ({
  type: 'mail-sent',
  to: [],
  cc: [],
  bcc: [],
  subject: 'Réunion',
  attachments: [],
  ...fields,
});
const [bccBoard] = gmail;
const [vacation] = roundcube;

describe('the Gmail exercise: the board in Bcc', () => {
  it('is done with the 4 addresses in Bcc and none in To or Cc (whatever their case)', () => {
    expect(bccBoard?.check(sent({ to: ['contact@asso.example.org'], bcc: BOARD }))).toBe(true);
    expect(bccBoard?.check(sent({ bcc: BOARD.map((a) => a.toUpperCase()) }))).toBe(true);
  });

  it('is not right yet while an address shows, or one is missing', () => {
    expect(bccBoard?.check(sent({ to: BOARD }))).toBe(false);
    expect(bccBoard?.check(sent({ cc: BOARD.slice(0, 1), bcc: BOARD }))).toBe(false);
    expect(bccBoard?.check(sent({ bcc: BOARD.slice(0, 3) }))).toBe(false);
  });

  it('leaves aside a message to nobody of the board, and what is not a message', () => {
    expect(bccBoard?.check(sent({ to: ['claire.martin@example.org'] }))).toBeNull();
    expect(bccBoard?.check({ type: 'reported', item: 'x', as: 'phishing' })).toBeNull();
  });
});

describe('the Roundcube exercise: an out-of-office reply', () => {
  it('is done when saved « Marche » with a subject, not right yet otherwise', () => {
    expect(vacation?.check({ type: 'vacation-saved', subject: 'Absente', status: true })).toBe(true);
    expect(vacation?.check({ type: 'vacation-saved', subject: 'Absente', status: false })).toBe(false);
    expect(vacation?.check({ type: 'vacation-saved', subject: ' ', status: true })).toBe(false);
    expect(vacation?.check(sent({ to: ['a@example.org'] }))).toBeNull();
  });

  it('has its words in both languages, the task showing the board addresses', () => {
    for (const exercise of [...gmail, ...roundcube]) {
      for (const key of Object.values(exercise.words)) {
        expect(fr).toHaveProperty([key]);
        expect(en).toHaveProperty([key]);
      }
    }
    for (const address of BOARD) expect(fr['practice.gmail.exercise.bcc-board.task']).toContain(address);
  });
});

describe('the Gmail space’s search', () => {
  const inbox = sampleMessages().map((message) => ({
    message,
    subject: (fr as Record<string, string>)[`practice.gmail.msg.${message.id}.subject`] ?? '',
    body: (fr as Record<string, string>)[`practice.gmail.msg.${message.id}.body`] ?? '',
  }));
  const found = (query: string) => inbox.filter((item) => matches(item, query)).map((item) => item.message.id);

  it('finds a word anywhere, without caring for accents or case', () => {
    expect(found('claire')).toEqual(['ag']);
    expect(found('adhesion')).toEqual(['adhesion']);
    expect(found('')).toHaveLength(inbox.length);
  });

  it('reads the query the options panel writes, as Gmail does', () => {
    const query = queryOf({ from: 'mairie', to: '', subject: 'fête', has: '', not: 'buvette', attachment: false });
    expect(query).toBe('from:mairie subject:fête -buvette');
    expect(found(query)).toEqual(['fete']);
    expect(found('has:attachment')).toEqual(['ag']);
  });

  it('splits a field of addresses on commas, semicolons and spaces', () => {
    expect(splitAddresses(' a@example.org, b@example.org;c@example.org  d@example.org,')).toEqual([
      'a@example.org',
      'b@example.org',
      'c@example.org',
      'd@example.org',
    ]);
  });
});
