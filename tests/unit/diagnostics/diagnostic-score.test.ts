import { describe, expect, it } from 'vitest';
import { assembleBuiltinPack, BUILTIN_PACKS } from '../../../scripts/builtin-pack';
import { proposeGuides } from '../../../utils/diagnostics/diagnostic-proposals';
import { type DiagnosticResult, DONT_KNOW } from '../../../utils/diagnostics/diagnostic-schema';
import { type Answers, scoreDiagnostic } from '../../../utils/diagnostics/diagnostic-score';
import { volunteerQuestions as questions } from '../../../utils/diagnostics/volunteer-questions';
import { hasPracticeSpace } from '../../../utils/practice/spaces';
import { areaOf } from '../../../utils/progress/learned';

const packs = BUILTIN_PACKS.map(({ source }) => {
  const built = assembleBuiltinPack(source);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return built.pack;
});

/** Every question answered with the answer worth `points` (the best one when none is). */
const answering = (pick: (area: string) => number): Answers =>
  Object.fromEntries(
    questions.map((q) => {
      const wanted = pick(areaOf(q.competence) ?? '');
      const answer = q.answers.find((a) => a.points === wanted) ?? q.answers.find((a) => a.points === 2);
      return [q.id, answer?.id ?? DONT_KNOW];
    }),
  );

describe('scoring « Où en suis-je ? »', () => {
  it('a volunteer who does not know yet: every area to discover, the beginner level', () => {
    const result = scoreDiagnostic(
      questions,
      answering(() => 0),
    );
    expect(Object.values(result.areas)).toEqual(Array(5).fill('to-discover'));
    expect(result.level).toBe('beginner');
    expect(result.weakest).toEqual(['1', '2', '3', '4', '5']);
  });

  it('counts an unanswered question as « Je ne sais pas »', () => {
    expect(scoreDiagnostic(questions, {})).toEqual(
      scoreDiagnostic(
        questions,
        answering(() => 0),
      ),
    );
  });

  it('a volunteer at ease everywhere: the intermediate level', () => {
    const result = scoreDiagnostic(
      questions,
      answering(() => 2),
    );
    expect(Object.values(result.areas)).toEqual(Array(5).fill('at-ease'));
    expect(result.level).toBe('intermediate');
  });

  it('one area to discover still gives intermediate, two give beginner; the weakest area comes first', () => {
    const one = scoreDiagnostic(
      questions,
      answering((area) => (area === '4' ? 0 : 2)),
    );
    expect(one).toMatchObject({ level: 'intermediate', areas: { 4: 'to-discover', 1: 'at-ease' } });
    expect(one.weakest[0]).toBe('4');
    const two = scoreDiagnostic(
      questions,
      answering((area) => (area === '4' ? 0 : area === '5' ? 1 : 2)),
    );
    expect(two).toMatchObject({ level: 'beginner', areas: { 4: 'to-discover', 5: 'to-discover' } });
  });

  it('halfway answers everywhere are not « à l’aise »', () => {
    expect(
      scoreDiagnostic(
        questions,
        answering(() => 1),
      ).level,
    ).toBe('beginner');
  });
});

describe('the first three guides it proposes', () => {
  const beginner: DiagnosticResult = {
    areas: { 1: 'to-discover', 2: 'to-discover', 3: 'to-discover', 4: 'to-discover', 5: 'to-discover' },
    weakest: ['4', '2', '1', '3', '5'],
    level: 'beginner',
  };

  it('takes one guide from each weak area in turn, the weakest first, a practice space first', () => {
    const proposals = proposeGuides(beginner, packs);
    expect(proposals.map((p) => p.area)).toEqual(['4', '2', '1']);
    expect(proposals.every((p) => p.practice && hasPracticeSpace(p.guide.tool))).toBe(true);
    expect(proposals[0]?.path).toMatch(/^\/practice\.html\?space=[a-z-]+&guide=declic-[a-z-]+%2F[a-z0-9-]+$/);
  });

  it('fills from the areas at ease when the areas to discover have too few guides', () => {
    const result: DiagnosticResult = {
      areas: { 1: 'at-ease', 2: 'at-ease', 3: 'at-ease', 4: 'at-ease', 5: 'to-discover' },
      weakest: ['5', '3', '1', '2', '4'],
      level: 'intermediate',
    };
    // No built-in guide is about area 5 (the digital environment) yet.
    expect(proposeGuides(result, packs).map((p) => p.area)).toEqual(['3', '1', '2']);
  });

  it('links a guide with no practice space to its printable handout', () => {
    const pack = {
      ...packs[0],
      id: 'asso-test',
      guides: (packs[0]?.guides ?? []).filter((g) => g.tool === 'canva'),
    } as (typeof packs)[number];
    const [proposal] = proposeGuides(beginner, [pack]);
    expect(proposal).toMatchObject({ practice: false, area: '3' });
    expect(proposal?.path).toMatch(/^\/handout\.html\?guide=asso-test%2Fcanva-/);
  });
});
