import { describe, expect, it } from 'vitest';
import data from '../../../diagnostics/volunteer.json';
import { DONT_KNOW, diagnosticSchema } from '../../../utils/diagnostics/diagnostic-schema';
import { volunteerQuestions } from '../../../utils/diagnostics/volunteer-questions';
import { areaOf, PIX_AREAS } from '../../../utils/progress/learned';
import { competenceIds } from '../../../utils/studio/competences';
import { FRENCH_SPELLINGS, MAX_SENTENCE_WORDS, sentences, typographyProblems, words } from '../content/text-rules';

const texts = volunteerQuestions.flatMap((q) => [
  { where: q.id, ...q.question },
  ...q.answers.map((a) => ({ where: `${q.id}/${a.id}`, ...a.text })),
]);

describe('the volunteer’s diagnostic (diagnostics/volunteer.json)', () => {
  it('asks 12 questions with unique ids, each about a real competence, each saying where it comes from', () => {
    expect(volunteerQuestions).toHaveLength(12);
    expect(new Set(volunteerQuestions.map((q) => q.id)).size).toBe(12);
    for (const q of volunteerQuestions) {
      expect(competenceIds, q.id).toContain(q.competence);
      expect(q.source, q.id).toMatch(/^(CRCN|Pix) \d\.\d |Cybermalveillance\.gouv\.fr/);
      // The source names the competence the question is tagged with.
      expect(q.source, q.id).toContain(q.competence);
    }
  });

  it('covers each of the five Pix areas with two questions or more', () => {
    for (const area of PIX_AREAS) {
      expect(volunteerQuestions.filter((q) => areaOf(q.competence) === area).length, area).toBeGreaterThanOrEqual(2);
    }
  });

  it('ends every list with a kind « Je ne sais pas » worth nothing, and has a best answer worth 2', () => {
    for (const q of volunteerQuestions) {
      const last = q.answers.at(-1);
      expect(last, q.id).toMatchObject({ id: DONT_KNOW, points: 0, text: { fr: 'Je ne sais pas' } });
      expect(
        q.answers.filter((a) => a.points === 2),
        q.id,
      ).toHaveLength(1);
    }
  });

  it('refuses a question without « Je ne sais pas » at the end', () => {
    const broken = structuredClone(data);
    broken.questions[0]?.answers.pop();
    expect(diagnosticSchema.safeParse(broken).success).toBe(false);
    expect(diagnosticSchema.safeParse(data).success).toBe(true);
  });

  it('speaks plain French and English: short sentences, French typography, one spelling per word', () => {
    const long = texts.flatMap((t) =>
      [t.fr, t.en].flatMap(sentences).filter((s) => words(s).length > MAX_SENTENCE_WORDS),
    );
    expect(long).toEqual([]);
    expect(texts.flatMap((t) => typographyProblems(t.fr).map((p) => `${t.where}: ${p}`))).toEqual([]);
    for (const { wrong } of FRENCH_SPELLINGS) expect(texts.filter((t) => wrong.test(t.fr))).toEqual([]);
    expect(texts.filter((t) => t.en.includes("'")).map((t) => t.where)).toEqual([]);
  });
});
