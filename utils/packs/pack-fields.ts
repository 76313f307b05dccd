import { z } from 'zod';
import { parseMarkup, safeUrl } from './markup';

/** The building blocks of pack data: capped texts in both languages, safe links, help links. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const localizedText = (max: number) => z.strictObject({ fr: text(max), en: text(max) });

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
export const localizedBody = (max: number) => z.strictObject({ fr: bodyText(max), en: bodyText(max) });

export const helpLink = z.strictObject({ url: safeLinkUrl, label: localizedText(80) });

/** A Pix / CRCN competence such as "2.1" (interact) or "3.1" (develop documents). */
export const competence = z
  .string()
  .regex(/^[1-5]\.[1-4]$/, 'error.competence')
  .optional();
