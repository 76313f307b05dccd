import { describe, expect, it } from 'vitest';
import type { Checkup } from '../../../utils/checkup/checkup-record';
import { checkupSchema, MAX_CHECKUPS, mergeCheckups } from '../../../utils/checkup/checkup-record';
import { checkupReport, compareCheckups, riskLevel } from '../../../utils/checkup/checkup-report';
import { nextStepLinks } from '../../../utils/checkup/next-step-links';
import type { CheckupQuestions } from '../../../utils/checkup/questions-schema';

const text = (s: string) => ({ fr: s, en: s });
const question = (id: string, weight: number, guides?: string[]) => ({
  id,
  theme: 'safety',
  weight,
  source: { title: 'Cybermalveillance.gouv.fr' },
  text: text(`${id}?`),
  next: { text: text(`do ${id}`), ...(guides ? { guides } : {}) },
});
const data: CheckupQuestions = {
  version: 1,
  answers: { yes: 0, partly: 1, unknown: 2, no: 3 },
  themes: [{ id: 'safety', title: text('Safety') }],
  questions: [question('a', 1), question('b', 3), question('c', 2), question('d', 2), question('e', 1)],
};

describe('checkupReport', () => {
  it('lists the « oui » as strengths and the rest as risks, heaviest first (weight × answer)', () => {
    const report = checkupReport(data, { a: 'no', b: 'partly', c: 'no', d: 'yes', e: 'unknown' });
    expect(report.strengths.map((q) => q.id)).toEqual(['d']);
    // c: 2×3 = 6, a: 1×3 = 3, b: 3×1 = 3 (heavier question first), e: 1×2 = 2.
    expect(report.risks.map((risk) => [risk.question.id, risk.score])).toEqual([
      ['c', 6],
      ['b', 3],
      ['a', 3],
      ['e', 2],
    ]);
    expect(report.unanswered).toEqual([]);
  });

  it('says which questions have no answer, and ignores answers to questions it does not know', () => {
    const report = checkupReport(data, { a: 'yes', zzz: 'no' });
    expect(report.strengths.map((q) => q.id)).toEqual(['a']);
    expect(report.risks).toEqual([]);
    expect(report.unanswered.map((q) => q.id)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('grades a risk: 6 and more high, 3 and more medium, else low', () => {
    expect([9, 6, 5, 3, 2, 1].map(riskLevel)).toEqual(['high', 'high', 'medium', 'medium', 'low', 'low']);
  });
});

describe('compareCheckups', () => {
  it('says per question answered now whether it is better, worse, the same or new', () => {
    const changes = compareCheckups(
      data,
      { a: 'no', b: 'yes', c: 'partly', e: 'unknown' },
      {
        a: 'partly',
        b: 'no',
        c: 'partly',
        d: 'yes',
      },
    );
    expect(changes.map((c) => [c.question.id, c.change, c.before, c.after])).toEqual([
      ['a', 'better', 'no', 'partly'],
      ['b', 'worse', 'yes', 'no'],
      ['c', 'same', 'partly', 'partly'],
      ['d', 'new', undefined, 'yes'],
    ]);
  });

  it('« ne sait pas » turned into « non » is worse, into « en partie » better', () => {
    const [toNo] = compareCheckups(data, { a: 'unknown' }, { a: 'no' });
    const [toPartly] = compareCheckups(data, { a: 'unknown' }, { a: 'partly' });
    expect([toNo?.change, toPartly?.change]).toEqual(['worse', 'better']);
  });
});

describe('mergeCheckups', () => {
  const at = (startedAt: number, answers: Checkup['answers'] = {}): Checkup => ({ startedAt, answers });
  it('keeps one per start time (the page’s copy wins), newest first, ten at most', () => {
    const { checkups: merged, changed } = mergeCheckups([at(1), at(3, { a: 'no' })], [at(3, { a: 'yes' }), at(2)]);
    expect(changed).toBe(2);
    expect(merged.map((c) => [c.startedAt, c.answers.a])).toEqual([
      [3, 'yes'],
      [2, undefined],
      [1, undefined],
    ]);
    const many = mergeCheckups(
      [],
      Array.from({ length: 15 }, (_, i) => at(i + 1)),
    );
    expect(many.checkups).toHaveLength(MAX_CHECKUPS);
    expect(many.checkups[0]?.startedAt).toBe(15);
    expect(many.changed).toBe(MAX_CHECKUPS);
  });

  it('a file never replaces a more finished copy kept here, and says it brought nothing', () => {
    const finished = { ...at(3, { a: 'yes' }), finishedAt: 9 };
    const older = mergeCheckups([finished], [at(3, { a: 'no' })], 'file');
    expect(older).toEqual({ checkups: [finished], changed: 0 });
    const later = { ...at(3, { a: 'no' }), finishedAt: 12 };
    expect(mergeCheckups([finished], [later], 'file')).toEqual({ checkups: [later], changed: 1 });
  });

  it('refuses a check-up started in the future or finished before it started', () => {
    const future = { startedAt: Date.now() + 3 * 86_400_000, answers: {} };
    expect(checkupSchema.safeParse(future).success).toBe(false);
    expect(checkupSchema.safeParse({ startedAt: 10, finishedAt: 5, answers: {} }).success).toBe(false);
    expect(checkupSchema.safeParse({ startedAt: 10, finishedAt: 15, answers: {} }).success).toBe(true);
  });
});

describe('nextStepLinks', () => {
  const guides = new Map([
    ['p/mail-bcc', { title: 'Hide addresses', tool: 'gmail', toolName: 'Gmail' }],
    ['p/pad-save', { title: 'Save the pad', tool: 'etherpad', toolName: 'Etherpad' }],
  ]);
  it('opens a guide in its practice space when the tool has one, names it otherwise, drops unknown ones', () => {
    const q = {
      ...question('z', 1, ['p/mail-bcc', 'p/pad-save', 'p/gone']),
      next: {
        text: text('x'),
        guides: ['p/mail-bcc', 'p/pad-save', 'p/gone'],
        practice: ['jitsi-meet', 'trello'],
        links: [{ url: 'https://www.cnil.fr/', label: { fr: 'CNIL (fr)', en: 'CNIL (en)' } }],
      },
    };
    expect(nextStepLinks(q, guides, 'fr')).toEqual([
      {
        kind: 'guide',
        title: 'Hide addresses',
        toolName: 'Gmail',
        href: '/practice.html?space=gmail&guide=p%2Fmail-bcc',
      },
      { kind: 'guide', title: 'Save the pad', toolName: 'Etherpad' },
      { kind: 'practice', tool: 'jitsi-meet', href: '/practice.html?space=jitsi-meet' },
      { kind: 'public', label: 'CNIL (fr)', href: 'https://www.cnil.fr/' },
    ]);
  });
});
