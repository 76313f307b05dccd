import { z } from 'zod';
import { PIX_AREAS } from '../progress/learned';
import { levels } from '../settings/settings-fields';
import { kebabId } from '../tools/tool-schema';

/**
 * The volunteer's diagnostic (« Où en suis-je ? ») as data: everyday situations, each tied to a
 * Pix / CRCN competence, each answer worth 0 to 2 points. Questions live in diagnostics/*.json;
 * this schema is what they must be. Nothing is a trick: « Je ne sais pas » ends every list.
 */
export const DONT_KNOW = 'dont-know';

const bilingual = (max: number) =>
  z.strictObject({ fr: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

const answerSchema = z.strictObject({
  id: kebabId,
  points: z.number().int().min(0).max(2),
  text: bilingual(120),
});

const questionSchema = z
  .strictObject({
    id: kebabId,
    /** "2.1": the area is its first digit (see PIX_AREAS). */
    competence: z.string().regex(/^[1-5]\.[1-4]$/),
    /** Where the question comes from, for the mentor who reads the file: « CRCN 2.1 Interagir ». */
    source: z.string().min(8).max(160),
    question: bilingual(200),
    answers: z.array(answerSchema).min(3).max(5),
  })
  .superRefine((question, ctx) => {
    const last = question.answers.at(-1);
    if (last?.id !== DONT_KNOW || last.points !== 0)
      ctx.addIssue({ code: 'custom', message: 'the last answer is « Je ne sais pas », worth 0', path: ['answers'] });
    if (!question.answers.some((answer) => answer.points === 2))
      ctx.addIssue({ code: 'custom', message: 'one answer is worth 2 points', path: ['answers'] });
    if (new Set(question.answers.map((answer) => answer.id)).size !== question.answers.length)
      ctx.addIssue({ code: 'custom', message: 'answer ids are unique', path: ['answers'] });
  });

export const diagnosticSchema = z
  .strictObject({ about: z.string().max(600), questions: z.array(questionSchema).min(10).max(15) })
  .superRefine(({ questions }, ctx) => {
    if (new Set(questions.map((question) => question.id)).size !== questions.length)
      ctx.addIssue({ code: 'custom', message: 'question ids are unique', path: ['questions'] });
  });

export type Question = z.infer<typeof questionSchema>;
export type Area = (typeof PIX_AREAS)[number];

/** Words only, never numbers: « à l’aise » or « à découvrir ». */
export const standings = ['at-ease', 'to-discover'] as const;
export type Standing = (typeof standings)[number];

/** What the diagnostic found, as the page sends it to the background to keep. */
export const diagnosticResultSchema = z.strictObject({
  areas: z.partialRecord(z.enum(PIX_AREAS), z.enum(standings)),
  /** Every area asked about, the one to work on first at the head. */
  weakest: z.array(z.enum(PIX_AREAS)).max(PIX_AREAS.length),
  level: z.enum(levels),
});
export type DiagnosticResult = z.infer<typeof diagnosticResultSchema>;

/** The result kept on the device, with when it was found (shown in words in the settings). */
export type StoredDiagnostic = DiagnosticResult & { at: number };
