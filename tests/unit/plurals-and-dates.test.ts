import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../utils/date-in-words';
import { t, tn } from '../../utils/i18n';

const N = '\u202f';

describe('tn: counts in the form the language wants', () => {
  it('French says 0 and 1 in the singular, 2 in the plural', () => {
    expect([0, 1, 2].map((n) => tn('fr', 'packs.count.tips', n))).toEqual(['0 astuce', '1 astuce', '2 astuces']);
    expect([0, 1, 2].map((n) => tn('fr', 'learned.count', n))).toEqual([
      `0 chose apprise pour l’instant. Bravo${N}!`,
      `1 chose apprise pour l’instant. Bravo${N}!`,
      `2 choses apprises pour l’instant. Bravo${N}!`,
    ]);
  });

  it('English says only 1 in the singular', () => {
    expect([0, 1, 2].map((n) => tn('en', 'packs.count.tips', n))).toEqual(['0 tips', '1 tip', '2 tips']);
    expect([0, 1, 2].map((n) => tn('en', 'guide.steps', n))).toEqual(['(0 steps)', '(1 step)', '(2 steps)']);
  });

  it('writes the number as the language does, and keeps the other placeholders', () => {
    expect(tn('fr', 'policy.shared', 1440)).toContain(`après 1${N}440 minutes`);
    expect(tn('en', 'policy.shared', 1440)).toContain('after 1,440 minutes');
    expect(tn('fr', 'policy.shared', 1)).toContain('après 1 minute sans');
  });

  it('falls back to the "other" form for a form the catalogue lacks (French "many")', () => {
    expect(tn('fr', 'packs.count.terms', 1_000_000)).toBe(`1${N}000${N}000 mots`);
  });

  it('builds a pack summary with three counts', () => {
    const counts = (tips: number, terms: number, guides: number) =>
      t('en', 'packs.counts', {
        tips: tn('en', 'packs.count.tips', tips),
        terms: tn('en', 'packs.count.terms', terms),
        guides: tn('en', 'packs.count.guides', guides),
      });
    expect(counts(1, 0, 2)).toBe('1 tip, 0 words, 2 guides');
  });
});

describe('dateInWords', () => {
  it('says a pack’s calendar day in words, the same day in every time zone', () => {
    expect(dateInWords('fr', '2026-11-28')).toBe('28 novembre 2026');
    expect(dateInWords('en', '2026-11-28')).toBe('28 November 2026');
    expect(t('fr', 'packs.updated', { date: dateInWords('fr', '2026-11-28') })).toBe('mis à jour le 28 novembre 2026');
    expect(t('en', 'packs.updated', { date: dateInWords('en', '2026-11-28') })).toBe('updated 28 November 2026');
  });

  it('writes the first of the month « 1er » in French', () => {
    expect(dateInWords('fr', '2026-12-01')).toBe('1er décembre 2026');
    expect(dateInWords('en', '2026-12-01')).toBe('1 December 2026');
  });

  it('says the day of a moment (a timestamp) where the volunteer is', () => {
    const noon = Date.UTC(2026, 10, 28, 12);
    const day = new Date(noon).getDate();
    expect(dateInWords('fr', noon)).toBe(`${day} novembre 2026`);
    expect(dateInWords('en', noon)).toBe(`${day} November 2026`);
  });

  it('shows anything it cannot read as it was given', () => {
    expect(dateInWords('fr', 'bientôt')).toBe('bientôt');
    expect(dateInWords('en', Number.NaN)).toBe('NaN');
  });
});
