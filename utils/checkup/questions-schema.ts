import { z } from 'zod';

/**
 * The association's check-up (« Diagnostic numérique de l’association »): questions for the
 * board or its référent, kept as data in diagnostics/association.json and checked here. Each
 * question says where it comes from (a public guide or law), how much a weak answer matters,
 * and what to do next: Déclic's guides (by `packId/guideId`), practice spaces, public pages.
 */
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const localized = (max: number) => z.strictObject({ fr: z.string().min(1).max(max), en: z.string().min(1).max(max) });
const https = z.url({ protocol: /^https$/ }).max(300);

export const answerIds = ['yes', 'partly', 'no', 'unknown'] as const;
export type AnswerId = (typeof answerIds)[number];

export const themeSchema = z.strictObject({ id: kebab, title: localized(80) });

export const nextStepSchema = z.strictObject({
  text: localized(300),
  /** Déclic's guides, `packId/guideId`; those of a tool with a practice space open there. */
  guides: z
    .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/))
    .max(4)
    .optional(),
  /** Practice spaces worth a visit even without a guide (the tool's id). */
  practice: z.array(kebab).max(3).optional(),
  links: z
    .array(z.strictObject({ url: https, label: localized(120) }))
    .max(3)
    .optional(),
});

export const questionSchema = z.strictObject({
  id: kebab.max(40),
  theme: kebab,
  /** How much harm a weak answer can do, 1 to 3: the risk is weight × the answer's own. */
  weight: z.number().int().min(1).max(3),
  /** Where the question comes from: a public guide, a law, a study. */
  source: z.strictObject({ title: z.string().min(1).max(200), url: https.optional() }),
  text: localized(200),
  next: nextStepSchema,
});

export const checkupQuestionsSchema = z
  .strictObject({
    version: z.literal(1),
    /** The risk each answer carries (yes 0: a strength). */
    answers: z.strictObject({
      yes: z.literal(0),
      partly: z.number().int().min(0).max(5),
      no: z.number().int().min(1).max(5),
      unknown: z.number().int().min(0).max(5),
    }),
    themes: z.array(themeSchema).min(1).max(20),
    questions: z.array(questionSchema).min(1).max(60),
  })
  .superRefine((data, ctx) => {
    const themes = new Set(data.themes.map((theme) => theme.id));
    const seen = new Set<string>();
    data.questions.forEach((question, index) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', message: 'duplicate id', path: ['questions', index] });
      if (!themes.has(question.theme))
        ctx.addIssue({ code: 'custom', message: 'unknown theme', path: ['questions', index] });
      seen.add(question.id);
    });
  });

export type CheckupQuestions = z.infer<typeof checkupQuestionsSchema>;
export type CheckupQuestion = z.infer<typeof questionSchema>;
export type CheckupTheme = z.infer<typeof themeSchema>;
