import { z } from 'zod';
import { contextIds, kebabId } from '../tools/tool-schema';
import { parseMarkup, safeUrl } from './markup';

/**
 * A tip pack is untrusted data shared by mentors. Every object is strict (unknown
 * fields are rejected with their path), every string and array is capped, and
 * nothing is recursive. Custom messages are i18n keys (see locales/*.json).
 */

export const PACK_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().trim().min(1).max(max);
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
const bodyText = (max: number) =>
  text(max).refine((v) => v.length > max || parseMarkup(v).badLinks.length === 0, { message: 'error.body-link' });
const localizedBody = (max: number) => z.strictObject({ fr: bodyText(max), en: bodyText(max) });

/**
 * One way to find an element on the page. Pure data: an ARIA role and accessible name (in both
 * languages, since a French volunteer may use an English Gmail), stable attributes, visible
 * text, or a CSS selector as the last resort. Exactly one kind per locator.
 */
export const locatorSchema = z
  .strictObject({
    role: z
      .string()
      .regex(/^[a-z]{2,30}$/)
      .optional(),
    /** With `role` only: the accessible name, matched whole, case and spaces aside. */
    name: localizedText(120).optional(),
    attributes: z
      .record(z.string().regex(/^(aria-[a-z]+|data-[a-z0-9-]+|name|id|type|role|title|href)$/), z.string().max(200))
      .optional(),
    text: localizedText(120).optional(),
    css: z.string().trim().min(1).max(300).optional(),
  })
  // One kind per locator keeps the order of trial the mentor's: put the most robust first.
  .refine((l) => [l.role, l.attributes, l.text, l.css].filter((v) => v !== undefined).length === 1, {
    message: 'error.locator-kind',
  })
  .refine((l) => !l.name || l.role, { message: 'error.locator-name', path: ['name'] })
  .refine((l) => !l.attributes || (Object.keys(l.attributes).length >= 1 && Object.keys(l.attributes).length <= 5), {
    message: 'error.locator-attributes',
    path: ['attributes'],
  });

/**
 * An anchor: several locators tried in order; the first that finds exactly one visible
 * element wins. When none does, the step or tip is shown in the panel instead.
 */
export const anchorSchema = z.array(locatorSchema).min(1).max(6);

export const helpLink = z.strictObject({ url: safeLinkUrl, label: localizedText(80) });

export const levels = ['beginner', 'intermediate'] as const;

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
  competence: z
    .string()
    .regex(/^[1-5]\.[1-4]$/, 'error.competence')
    .optional(),
});

/** A glossary term: explained where it stands on the page. */
export const termSchema = z.strictObject({
  id: kebabId,
  term: localizedText(60),
  variants: z.strictObject({ fr: z.array(text(60)).max(10), en: z.array(text(60)).max(10) }).optional(),
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
  competence: z
    .string()
    .regex(/^[1-5]\.[1-4]$/, 'error.competence')
    .optional(),
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
export type Anchor = z.infer<typeof anchorSchema>;
export type Locator = z.infer<typeof locatorSchema>;
export type HelpLink = z.infer<typeof helpLink>;
export type Level = (typeof levels)[number];
