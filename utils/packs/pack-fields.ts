import { z } from 'zod';
import { parseMarkup, safeUrl } from './markup';
import { fillLanguages } from './pack-languages';

/** The building blocks of pack data: capped texts in one language or both, safe links, help links. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * French, English or both: a pack may be written in one language. At least one must be there;
 * `minProperties` says so to the editors that read the JSON Schema (the refine is zod's own).
 */
export const eitherLanguage = <T extends z.ZodType>(value: T) =>
  z
    .strictObject({ fr: value.optional(), en: value.optional() })
    .meta({ minProperties: 1 })
    .refine((v) => v.fr !== undefined || v.en !== undefined, { message: 'error.no-language' });

/** A text the volunteer reads: loaded with both languages, the missing one filled (pack-languages.ts). */
export const localizedText = (max: number) => eitherLanguage(text(max)).transform((v) => fillLanguages(v));

/** A link: https: (or mailto:), checked after stripping whitespace and control characters. */
export const safeLinkUrl = z
  .string()
  .max(2000)
  .transform((value, ctx) => {
    const safe = safeUrl(value);
    if (!safe) {
      ctx.addIssue({ code: 'custom', message: 'error.link-https' });
      return z.NEVER;
    }
    return safe.url;
  });

/** A tip body: text with the tiny markup of markup.ts; its links obey the same rule. */
export const bodyText = (max: number) =>
  text(max).refine((v) => v.length > max || parseMarkup(v).badLinks.length === 0, { message: 'error.body-link' });
export const localizedBody = (max: number) => eitherLanguage(bodyText(max)).transform((v) => fillLanguages(v));

export const helpLink = z.strictObject({ url: safeLinkUrl, label: localizedText(80) });

/** A Pix / CRCN competence such as "2.1" (interact) or "3.1" (develop documents). */
export const competence = z
  .string()
  .regex(/^[1-5]\.[1-4]$/, 'error.competence')
  .optional();
