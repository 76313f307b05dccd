import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { z } from 'zod';
import { parsePackText, validatePack } from '../utils/packs/pack-loader';
import type { Pack } from '../utils/packs/pack-schema';
import { toolById } from '../utils/tools/registry';
import {
  fileFor,
  formatSource,
  PACK_DETAILS_FILE,
  SECTIONS,
  type Section,
  TOOLS_FOLDER,
  WORDS_FOLDER,
} from './builtin-pack-layout';

/**
 * Built-in packs are written as a folder of small files (see builtin-pack-layout.ts) and shipped
 * as one file, assembled at build time and checked by the same loader as an imported pack.
 *
 * Assembly order, so the shipped file never depends on the file system: the details of pack.json
 * in its own order, then the sections tips, glossary, guides, resources. Each section takes the
 * tool files in alphabetical order of tool id, then (glossary only) the word files in alphabetical
 * order of name; inside a file, items keep the order they are written in. Order matters for
 * words: when two words of the same scope share a form, the first one wins it.
 */

export const BUILTIN_PACK_SOURCE = 'packs/declic-essentials';
/** Where the build writes it: utils/packs/builtin-packs.ts fetches it from there. */
export const BUILTIN_PACK_DEST = 'packs/declic-essentials.json';

/**
 * Every built-in pack, its source folder and its shipped file: the essentials (the tools), and
 * « La vie de l’association » (safety, members' data, money, meetings, communication, the site),
 * its tips tied to the tools where these happen. One list, read by the build and the tests.
 */
export const BUILTIN_PACKS = [
  { source: BUILTIN_PACK_SOURCE, dest: BUILTIN_PACK_DEST },
  { source: 'packs/declic-vie-asso', dest: 'packs/declic-vie-asso.json' },
] as const;

export type BuiltinPackResult = { ok: true; pack: Pack; text: string } | { ok: false; problems: string[] };

const list = z.array(z.unknown(), { error: 'must be a list, written [ ] when empty' });
/**
 * What a tool's content was checked against, and how (a version, a help page, a live account):
 * kept in the source for the next writer, not shipped.
 */
const checkedSchema = z.strictObject({
  against: z.string().min(3).max(200),
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'is a date written YYYY-MM-DD' }),
  how: z.string().min(3).max(1500),
});
const fileSchemas = {
  [TOOLS_FOLDER]: z.strictObject({
    checked: checkedSchema.optional(),
    tips: list,
    glossary: list,
    guides: list,
    resources: list,
  }),
  [WORDS_FOLDER]: z.strictObject({ glossary: list }),
};
const notHere = z.never({ error: 'holds only the details of the pack: its items go in tools/ and words/' }).optional();
const detailsSchema = z.looseObject(Object.fromEntries(SECTIONS.map((section) => [section, notHere])));

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const jsonFiles = (dir: string, folder: string) =>
  existsSync(join(dir, folder))
    ? readdirSync(join(dir, folder))
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length))
        .sort(byName)
        .map((name) => `${folder}/${name}.json`)
    : [];

const singular: Record<Section, string> = { tips: 'tip', glossary: 'word', guides: 'guide', resources: 'resource' };
const itemName = (section: Section, item: Record<string, unknown>) =>
  `${singular[section]} ${JSON.stringify(item.id ?? item.tool ?? '?')}`;

/** A file as the reader typed it from the project folder, or in full when it lies outside. */
function shown(path: string): string {
  const short = relative(process.cwd(), path);
  return short && !short.startsWith('..') && !isAbsolute(short) ? short : path;
}

/** Reads, checks and assembles the pack in `dir`; every problem names its file, in plain words. */
export function assembleBuiltinPack(dir: string): BuiltinPackResult {
  const problems: string[] = [];
  const at = (file: string) => shown(join(dir, file));
  const read = (file: string): unknown => {
    const path = at(file);
    if (!existsSync(join(dir, file))) return void problems.push(`${path} is missing.`);
    try {
      return JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${path} is not valid JSON: ${(error as Error).message}`);
    }
  };
  const shapeProblems = (file: string, result: z.ZodSafeParseResult<unknown>) => {
    for (const issue of result.success ? [] : result.error.issues) {
      const where = issue.path.length ? ` "${issue.path.join('.')}"` : '';
      problems.push(`${at(file)}${where}: ${issue.message}`);
    }
    return result.success;
  };

  const details = read(PACK_DETAILS_FILE);
  if (details === undefined || !shapeProblems(PACK_DETAILS_FILE, detailsSchema.safeParse(details))) {
    return { ok: false, problems };
  }
  const meta = details as Record<string, unknown>;
  const checked = validatePack({ ...meta, tips: [] }, 'en');
  if (!checked.ok) return { ok: false, problems: checked.errors.map((e) => `${at(PACK_DETAILS_FILE)}: ${e}`) };
  if (checked.pack.id !== basename(dir)) {
    problems.push(`${at(PACK_DETAILS_FILE)}: the id "${checked.pack.id}" must be the folder's name.`);
  }

  const assembled: Record<Section, unknown[]> = { tips: [], glossary: [], guides: [], resources: [] };
  const firstSeen = new Map<string, string>();
  for (const file of [...jsonFiles(dir, TOOLS_FOLDER), ...jsonFiles(dir, WORDS_FOLDER)]) {
    const data = read(file);
    const folder = file.startsWith(`${TOOLS_FOLDER}/`) ? TOOLS_FOLDER : WORDS_FOLDER;
    if (data === undefined || !shapeProblems(file, fileSchemas[folder].safeParse(data))) continue;
    // What the content was checked against stays in the source (see checkedSchema).
    const { checked: _checked, ...sections } = data as Partial<Record<Section, Record<string, unknown>[]>> & {
      checked?: unknown;
    };
    const path = at(file);
    // Each file on its own first, so a message says "tip 3 of tools/gmail.json", not "tip 57".
    const alone = validatePack({ ...meta, tips: [], ...sections }, 'en');
    if (!alone.ok) {
      problems.push(...alone.errors.map((error) => `${path}: ${error}`));
      continue;
    }
    const toolId = folder === TOOLS_FOLDER ? file.slice(TOOLS_FOLDER.length + 1, -'.json'.length) : '';
    if (toolId && !toolById(toolId)) {
      problems.push(`${path}: no tool has the id "${toolId}" (see utils/tools/definitions/).`);
    }
    for (const section of SECTIONS) {
      for (const item of sections[section] ?? []) {
        const home = fileFor(section, item);
        if (home !== file) problems.push(`${path}: the ${itemName(section, item)} belongs in ${home}.`);
        const key = `${section}/${String(item.id ?? item.tool)}`;
        const seen = firstSeen.get(key);
        if (seen) problems.push(`${path}: the ${itemName(section, item)} is already in ${seen}.`);
        else firstSeen.set(key, file);
        assembled[section].push(item);
      }
    }
  }
  if (problems.length) return { ok: false, problems };

  const text = formatSource({ ...meta, ...assembled });
  const result = parsePackText(text, 'en');
  if (!result.ok) return { ok: false, problems: result.errors.map((error) => `${shown(dir)} (assembled): ${error}`) };
  return { ok: true, pack: result.pack, text };
}
