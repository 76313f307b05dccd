import { z } from 'zod';

/**
 * Tool definitions are data: one JSON file per tool under `definitions/`.
 * This schema validates them at build time and in tests; the always-on detector
 * only ever sees the already-validated JSON, so it does not ship zod.
 */

const isValidRegex = (source: string) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
};

export const regexSource = z
  .string()
  .min(1)
  .max(300)
  .refine(isValidRegex, { message: 'is not a valid regular expression' });

/** `mail.google.com`, or `*.sharepoint.com` for any sub-domain. */
export const hostPattern = z
  .string()
  .max(100)
  .regex(/^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a host name such as mail.google.com or *.example.org');

export const kebabId = z
  .string()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'error.kebab');

export const toolCategories = [
  'email',
  'files',
  'website',
  'association',
  'forms',
  'meetings',
  'writing',
  'design',
] as const;

export const contextIds = ['compose', 'share', 'edit-page', 'edit-form', 'meeting'] as const;

/**
 * One way of recognising a page. Gates (hosts, path, hash) must all hold;
 * markers (title, meta, selectors, scripts) are counted and at least
 * `minMarkers` of them must hold (all of them when omitted).
 */
export const signatureSchema = z.strictObject({
  hosts: z.array(hostPattern).min(1).max(50).optional(),
  path: regexSource.optional(),
  hash: regexSource.optional(),
  title: regexSource.optional(),
  meta: z.record(z.string().regex(/^[a-z:_-]{1,40}$/), regexSource).optional(),
  selectors: z.array(z.string().min(1).max(200)).min(1).max(20).optional(),
  scripts: regexSource.optional(),
  minMarkers: z.number().int().min(1).max(20).optional(),
});

export const localizedName = z.strictObject({
  fr: z.string().min(1).max(60),
  en: z.string().min(1).max(60),
});

export const toolSchema = z.strictObject({
  id: kebabId,
  names: localizedName,
  category: z.enum(toolCategories),
  /** Self-hosted tools run on any domain and are recognised by markers only. */
  selfHosted: z.boolean(),
  /**
   * Decides between tools that match a page equally well (same score): the higher priority wins,
   * 0 when absent; then the lower id. The order of the registry never decides. Say in the `why`
   * of the example that ties which tool wins and why.
   */
  priority: z.number().int().min(-100).max(100).optional(),
  /**
   * Well-known public instances of a self-hosted tool (meet.jit.si, framapad.org…): Déclic
   * runs there without asking, but still recognises the tool by its markers, never by host.
   */
  publicInstances: z.array(hostPattern).max(20).optional(),
  signatures: z.array(signatureSchema).min(1).max(10),
  excludes: z.array(signatureSchema).max(10).optional(),
  contexts: z
    .array(z.strictObject({ id: z.enum(contextIds), when: z.array(signatureSchema).min(1).max(10) }))
    .max(10)
    .optional(),
});

export const exampleSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().max(200).optional(),
  html: z.string().max(20_000).optional(),
  /** Expected context id when the example is inside the tool. */
  context: z.enum(contextIds).optional(),
  why: z.string().max(200).optional(),
});

/**
 * Where a self-hosted tool's markers come from: one line per signature, in the same order, and one
 * per context (repository, template files, versions), so the next person can check them again
 * when the tool changes. Not bundled: the registry only imports `tool`.
 */
export const toolSourcesSchema = z.strictObject({
  signatures: z.array(z.string().min(1).max(300)).min(1).max(10),
  contexts: z.partialRecord(z.enum(contextIds), z.string().min(1).max(300)).optional(),
});

export const toolDefinitionFileSchema = z.strictObject({
  tool: toolSchema,
  /** Required of a self-hosted tool (a test checks it), optional for a SaaS. */
  sources: toolSourcesSchema.optional(),
  examples: z.strictObject({
    positives: z.array(exampleSchema).min(1),
    negatives: z.array(exampleSchema).min(1),
  }),
});

export type Signature = z.infer<typeof signatureSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type ToolCategory = (typeof toolCategories)[number];
export type ContextId = (typeof contextIds)[number];
export type ToolExample = z.infer<typeof exampleSchema>;
export type ToolDefinitionFile = z.infer<typeof toolDefinitionFileSchema>;
