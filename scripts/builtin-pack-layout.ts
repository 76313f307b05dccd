import type { Pack } from '../utils/packs/pack-schema';
import { toolById } from '../utils/tools/registry';

/**
 * Where each item of a built-in pack lives in its source folder (packs/<pack-id>/), so that
 * adding a tool or a word means editing one small file instead of one huge one:
 * - pack.json: the pack's details (id, version, name…), no items;
 * - tools/<tool-id>.json: that tool's tips, guides and "Learn more" resources, and the words
 *   scoped to that tool alone;
 * - words/everyday.json: the words shown on every tool;
 * - words/<category>.json: words scoped to several tools of one category (see toolCategories);
 * - words/shared.json: words scoped to tools of several categories.
 */

export const PACK_DETAILS_FILE = 'pack.json';
export const TOOLS_FOLDER = 'tools';
export const WORDS_FOLDER = 'words';

/** The sections of a pack, in the order the assembled file lists them. */
export const SECTIONS = ['tips', 'glossary', 'guides', 'resources'] as const;
export type Section = (typeof SECTIONS)[number];

type Term = NonNullable<Pack['glossary']>[number];

export const toolFile = (toolId: string) => `${TOOLS_FOLDER}/${toolId}.json`;

/** The file, relative to the pack's folder, where a word belongs. */
export function wordFile(term: Pick<Term, 'tools'>): string {
  if (!term.tools) return `${WORDS_FOLDER}/everyday.json`;
  const [only] = term.tools;
  if (term.tools.length === 1 && only) return toolFile(only);
  const categories = new Set(term.tools.map((id) => toolById(id)?.category));
  const [category] = categories;
  return categories.size === 1 && category ? `${WORDS_FOLDER}/${category}.json` : `${WORDS_FOLDER}/shared.json`;
}

/** The file, relative to the pack's folder, where an item of a section belongs. */
export function fileFor(section: Section, item: { tool?: string; tools?: string[] }): string {
  return section === 'glossary' ? wordFile(item) : toolFile(item.tool ?? '');
}

/** The one way a source file is written: a diff shows only what its author changed. */
export const formatSource = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
