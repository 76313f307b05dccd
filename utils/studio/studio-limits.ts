import type { z } from 'zod';
import { helpLink } from '../packs/pack-fields';
import { guideSchema, guideStepSchema, packSchema, termSchema, tipSchema } from '../packs/pack-schema';

/**
 * The studio's limits, read from the pack schema itself: when the schema changes a limit, the
 * studio's plain messages follow, and a mentor never sees a limit the loader does not apply.
 */
type Check = { _zod: { def: { check: string; minimum?: number; maximum?: number } } };

/** A list's `.min()` / `.max()`: zod keeps them as checks on the array (strings expose maxLength). */
function listBound(schema: z.ZodType, check: 'max_length' | 'min_length'): number {
  const checks = (schema._zod.def as { checks?: Check[] }).checks ?? [];
  const def = checks.find((c) => c._zod.def.check === check)?._zod.def;
  const value = check === 'max_length' ? def?.maximum : def?.minimum;
  if (value === undefined) throw new Error(`The pack schema lost a ${check} the studio relies on`);
  return value;
}
const textMax = (schema: z.ZodString): number => {
  if (schema.maxLength === null) throw new Error('The pack schema lost a text limit the studio relies on');
  return schema.maxLength;
};
/** A text in either language (filled at loading): the limit of its French, the same as its English's. */
const localMax = (schema: { in: { shape: { fr: z.ZodOptional<z.ZodString> } } }) =>
  textMax(schema.in.shape.fr.unwrap());

const { shape } = packSchema;
const variants = termSchema.shape.variants.unwrap().in.shape.fr.unwrap();

export const limits = {
  packName: localMax(shape.name),
  packDescription: localMax(shape.description),
  authorName: textMax(shape.author.shape.name),
  tipTitle: localMax(tipSchema.shape.title),
  tipBody: localMax(tipSchema.shape.body),
  linkLabel: localMax(helpLink.shape.label),
  term: localMax(termSchema.shape.term),
  definition: localMax(termSchema.shape.definition),
  example: localMax(termSchema.shape.example.unwrap()),
  variant: textMax(variants.element),
  variants: listBound(variants, 'max_length'),
  wordTools: listBound(termSchema.shape.tools.unwrap(), 'max_length'),
  guideTitle: localMax(guideSchema.shape.title),
  stepText: localMax(guideStepSchema.shape.text),
  minSteps: listBound(guideSchema.shape.steps, 'min_length'),
  maxSteps: listBound(guideSchema.shape.steps, 'max_length'),
  tips: listBound(shape.tips, 'max_length'),
  words: listBound(shape.glossary.unwrap(), 'max_length'),
  guides: listBound(shape.guides.unwrap(), 'max_length'),
} as const;

export type LimitName = keyof typeof limits;
