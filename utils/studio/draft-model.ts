import { z } from 'zod';
import { anchorSchema } from '../packs/anchor-schema';
import { MAX_PACK_BYTES } from '../packs/pack-loader';
import { levels } from '../settings/settings-fields';
import { contextIds } from '../tools/tool-schema';
import { limits } from './studio-limits';

/**
 * What the mentor is making in the studio, kept as they type. Unlike a pack, a draft may be
 * unfinished: texts may be empty or too long (the plain rules say so), ids are made at the
 * first export. `extra` keeps what the form does not edit (a pack's homepage, a word's
 * contexts…), so opening a pack and exporting it again loses nothing.
 */
// Room over the pack's limits: a mentor may paste too much, and then sees how much to cut. The
// form's fields stop at this length too (text-field.tsx), so a draft is never refused for it.
export const DRAFT_TEXT_MAX = 5000;
const typed = z.string().max(DRAFT_TEXT_MAX);
const loc = z.strictObject({ fr: typed, en: typed });
const extra = z.record(z.string().max(60), z.unknown());
const key = z.string().min(1).max(40);
const itemId = z.string().max(60);
const toolId = z.string().max(60);

const linkDraft = z.strictObject({ url: typed, label: loc });

const tipDraft = z.strictObject({
  key,
  id: itemId,
  tool: toolId,
  contexts: z.array(z.enum(contextIds)).max(contextIds.length),
  level: z.enum(levels),
  title: loc,
  body: loc,
  links: z.array(linkDraft).max(5),
  competence: z.string().max(5),
  anchor: anchorSchema.optional(),
  extra,
});

const wordDraft = z.strictObject({
  key,
  id: itemId,
  term: loc,
  /** Comma-separated, as the mentor types them. */
  variants: loc,
  definition: loc,
  example: loc,
  tools: z.array(toolId).max(limits.wordTools),
  extra,
});

const stepDraft = z.strictObject({ key, text: loc, anchor: anchorSchema.optional(), extra });

const guideDraft = z.strictObject({
  key,
  id: itemId,
  tool: toolId,
  title: loc,
  steps: z.array(stepDraft).max(limits.maxSteps),
  extra,
});

export const studioLanguages = ['fr', 'en', 'both'] as const;

export const studioDraftSchema = z
  .strictObject({
    languages: z.enum(studioLanguages),
    id: itemId,
    /** The last version exported (or opened); empty until the first export. */
    version: z.string().max(40),
    name: loc,
    description: loc,
    author: z.strictObject({ name: typed, url: typed }),
    licence: z.string().max(60),
    tips: z.array(tipDraft).max(limits.tips),
    words: z.array(wordDraft).max(limits.words),
    guides: z.array(guideDraft).max(limits.guides),
    extra,
  })
  // A draft is never much bigger than the pack it makes.
  .refine((draft) => JSON.stringify(draft).length <= 2 * MAX_PACK_BYTES);

export type StudioDraft = z.infer<typeof studioDraftSchema>;
export type TipDraft = z.infer<typeof tipDraft>;
export type WordDraft = z.infer<typeof wordDraft>;
export type GuideDraft = z.infer<typeof guideDraft>;
export type StepDraft = z.infer<typeof stepDraft>;
export type LinkDraft = z.infer<typeof linkDraft>;
export type Localized = z.infer<typeof loc>;
export type StudioLanguages = (typeof studioLanguages)[number];

/** A key for React lists and field ids: stable for the item's life, never shown, never exported. */
export const newKey = (): string => Math.random().toString(36).slice(2, 12);

const blank = (): Localized => ({ fr: '', en: '' });
export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0'] as const;

export const emptyDraft = (): StudioDraft => ({
  languages: 'fr',
  id: '',
  version: '',
  name: blank(),
  description: blank(),
  author: { name: '', url: '' },
  licence: LICENCES[0],
  tips: [],
  words: [],
  guides: [],
  extra: {},
});

export const emptyTip = (tool = ''): TipDraft => ({
  key: newKey(),
  id: '',
  tool,
  contexts: [],
  level: 'beginner',
  title: blank(),
  body: blank(),
  links: [],
  competence: '',
  extra: {},
});

export const emptyWord = (): WordDraft => ({
  key: newKey(),
  id: '',
  term: blank(),
  variants: blank(),
  definition: blank(),
  example: blank(),
  tools: [],
  extra: {},
});

export const emptyStep = (): StepDraft => ({ key: newKey(), text: blank(), extra: {} });

export const emptyGuide = (tool = ''): GuideDraft => ({
  key: newKey(),
  id: '',
  tool,
  title: blank(),
  // A guide has at least this many steps: the form starts with them.
  steps: Array.from({ length: limits.minSteps }, emptyStep),
  extra: {},
});
