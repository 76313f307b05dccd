import { z } from 'zod';
import { levels } from '../settings/settings-fields';
import { contextIds, kebabId } from '../tools/tool-schema';
import { anchorSchema } from './anchor-schema';
import { competence, eitherLanguage, helpLink, localizedBody, localizedText, safeLinkUrl, text } from './pack-fields';
import { fillLanguages } from './pack-languages';

/**
 * A tip pack is untrusted data shared by mentors. Every object is strict (unknown
 * fields are rejected with their path), every string and array is capped, and
 * nothing is recursive. Custom messages are i18n keys (see locales/*.json). Texts may be written
 * in French, English or both: the loaded pack has both (see pack-languages.ts).
 */

export const PACK_SCHEMA_VERSION = 1;

export type { Anchor, Locator } from './anchor-schema';

export const tipSchema = z.strictObject({
  id: kebabId,
  tool: kebabId,
  contexts: z.array(z.enum(contextIds)).max(contextIds.length).optional(),
  level: z.enum(levels),
  title: localizedText(80),
  body: localizedBody(600),
  anchor: anchorSchema.optional(),
  links: z.array(helpLink).max(5).optional(),
  /** A Pix / CRCN competence such as "2.1" (interact) or "3.1" (develop documents). */
  competence,
});

/** A glossary term: explained where it stands on the page. */
export const termSchema = z.strictObject({
  id: kebabId,
  term: localizedText(60),
  /** Other forms matched on the page; a missing language has none (both lists are matched anyway). */
  variants: eitherLanguage(z.array(text(60)).max(10))
    .transform((v) => fillLanguages(v, [] as string[]))
    .optional(),
  definition: localizedBody(300),
  example: localizedText(200).optional(),
  /** Scope: only on these tools (all tools when absent), and only in these contexts. */
  tools: z.array(kebabId).max(50).optional(),
  contexts: z.array(z.enum(contextIds)).max(contextIds.length).optional(),
  links: z.array(helpLink).max(3).optional(),
});

/** A step of a guide: plain text, shown beside its element when the anchor finds it. */
export const guideStepSchema = z.strictObject({
  text: localizedBody(300),
  anchor: anchorSchema.optional(),
});

/** A short walk-through on the real page, 2 to 8 steps. */
export const guideSchema = z.strictObject({
  id: kebabId,
  tool: kebabId,
  contexts: z.array(z.enum(contextIds)).max(contextIds.length).optional(),
  title: localizedText(80),
  steps: z.array(guideStepSchema).min(2).max(8),
  links: z.array(helpLink).max(5).optional(),
  competence,
});

/** "Learn more" for a tool: official help pages and good public tutorials, beside the tips. */
export const resourceSchema = z.strictObject({
  tool: kebabId,
  links: z.array(helpLink).min(1).max(10),
});

const semver = z
  .string()
  .max(40)
  .regex(/^\d{1,5}\.\d{1,5}\.\d{1,5}(-[0-9a-z.-]{1,20})?$/i, 'error.semver');

export const packSchema = z
  .strictObject({
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    id: kebabId,
    version: semver,
    name: localizedText(80),
    description: localizedText(300),
    author: z.strictObject({ name: text(100), url: safeLinkUrl.optional() }),
    licence: text(60),
    homepage: safeLinkUrl.optional(),
    updated: z.iso.date(),
    /** Where the pack is published: lets Déclic keep a subscribed copy up to date. */
    updateUrl: safeLinkUrl.refine((url) => url.startsWith('https://'), { message: 'error.update-url' }).optional(),
    tips: z.array(tipSchema).max(2000),
    glossary: z.array(termSchema).max(2000).optional(),
    guides: z.array(guideSchema).max(500).optional(),
    resources: z.array(resourceSchema).max(200).optional(),
  })
  .superRefine((pack, ctx) => {
    for (const section of ['tips', 'glossary', 'guides'] as const) {
      const seen = new Set<string>();
      (pack[section] ?? []).forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({ code: 'custom', message: 'error.duplicate-id', path: [section, index, 'id'] });
        }
        seen.add(item.id);
      });
    }
  });

export type Pack = z.infer<typeof packSchema>;
export type Tip = z.infer<typeof tipSchema>;
export type Guide = z.infer<typeof guideSchema>;
export type HelpLink = z.infer<typeof helpLink>;
export type Level = (typeof levels)[number];
