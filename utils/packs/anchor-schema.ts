import { z } from 'zod';
import { eitherLanguage, text } from './pack-fields';

/**
 * One way to find an element on the page. Pure data: an ARIA role and accessible name (in French,
 * English or both, whatever the pack's language: a French volunteer may use an English Gmail, and
 * both are tried), stable attributes, visible text, or a CSS selector as the last resort. Exactly
 * one kind per locator. Never shown to the volunteer, so never filled: kept as written.
 */
export const locatorSchema = z
  .strictObject({
    role: z
      .string()
      .regex(/^[a-z]{2,30}$/)
      .optional(),
    /** With `role` only: the accessible name, matched whole, case and spaces aside. */
    name: eitherLanguage(text(120)).optional(),
    attributes: z
      .record(z.string().regex(/^(aria-[a-z]+|data-[a-z0-9-]+|name|id|type|role|title|href)$/), z.string().max(200))
      .optional(),
    text: eitherLanguage(text(120)).optional(),
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

export type Anchor = z.infer<typeof anchorSchema>;
export type Locator = z.infer<typeof locatorSchema>;
