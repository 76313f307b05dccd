import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type ToolDefinitionFile, toolDefinitionFileSchema } from '../utils/tools/tool-schema';
import { BUILTIN_PACK_SOURCE } from './builtin-pack';
import { formatSource, SECTIONS, toolFile } from './builtin-pack-layout';

/**
 * The files of a new tool, ready to edit: its definition (valid, with one example of each kind
 * to replace), its empty file in the built-in pack, and its line in the registry, in sorted place.
 * Kept apart from the command (new-tool.ts) so a test can run it on a copy of the project.
 */

export const REGISTRY = 'utils/tools/registry.ts';
export const definitionPath = (id: string) => `utils/tools/definitions/${id}.json`;
export const packFilePath = (id: string) => `${BUILTIN_PACK_SOURCE}/${toolFile(id)}`;

export type ScaffoldResult = { ok: true; created: string[] } | { ok: false; error: string };

// Starting with a letter keeps the import name a plain identifier (every tool so far does).
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

// Words a variable may not be named, as the registry imports each tool under a name.
const RESERVED = new Set(
  `await break case catch class const continue debugger default delete do else enum export extends false finally
  for function if implements import in instanceof interface let new null package private protected public return
  static super switch this throw true try typeof var void while with yield`.split(/\s+/),
);

/** "nextcloud-deck" → "nextcloudDeck"; a reserved word or a name the registry's code uses gets "Tool" added. */
function importName(id: string, registry: string): string {
  const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  // Only names count, not words inside comments or strings such as './definitions/google-docs.json'.
  const code = registry.replace(/\/\*[\s\S]*?\*\/|\/\/.*$|'[^'\n]*'|`[^`]*`/gm, '');
  return RESERVED.has(camel) || new RegExp(`\\b${camel}\\b`).test(code) ? `${camel}Tool` : camel;
}

const title = (id: string) =>
  id.replace(/(^|-)([a-z0-9])/g, (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`);

export function definitionFor(id: string): ToolDefinitionFile {
  const host = `${id}.example.org`;
  return {
    tool: {
      id,
      names: { fr: title(id), en: title(id) },
      category: 'website',
      selfHosted: false,
      signatures: [{ hosts: [host], path: '^/' }],
    },
    // Required once the tool is self-hosted: one line per signature, in the same order.
    sources: { signatures: ['to replace: the repository, template files and versions the markers come from'] },
    examples: {
      positives: [
        { url: `https://${host}/`, why: 'to replace: a real page of the tool, with its title and some HTML' },
      ],
      negatives: [
        {
          url: `https://www.example.org/${id}`,
          why: 'to replace: a page that looks like the tool but is not, e.g. its blog',
        },
      ],
    },
  };
}

/** Definition files are formatted by Biome: a one-item list of words stays on one line. */
export const formatDefinition = (file: ToolDefinitionFile) =>
  formatSource(file).replace(/\[\n\s+("[^"\n]*")\n\s+\]/g, '[$1]');

const IMPORT = /^import \{ tool as (\w+) \} from '\.\/definitions\/([a-z0-9-]+)\.json';$/gm;
const ENTRY = /^ {2}(\w+),$/gm;

/** Inserts `line` before the first line matching `pattern` whose id sorts after `id`, or after the last. */
function insertSorted(
  text: string,
  pattern: RegExp,
  idOf: (match: RegExpExecArray) => string,
  id: string,
  line: string,
) {
  let at = -1;
  let end = -1;
  for (const match of text.matchAll(pattern)) {
    end = match.index + match[0].length + 1;
    if (at < 0 && idOf(match) > id) at = match.index;
  }
  if (end < 0) throw new Error(`${REGISTRY} does not have the expected shape: add the tool by hand.`);
  const where = at >= 0 ? at : end;
  return `${text.slice(0, where)}${line}\n${text.slice(where)}`;
}

/** The registry with tool `id` imported and listed, each in its alphabetical place. */
export function addToRegistry(registry: string, id: string): string {
  const name = importName(id, registry);
  const idOfName = new Map([...registry.matchAll(IMPORT)].map((m) => [m[1] ?? '', m[2] ?? '']));
  const text = insertSorted(
    registry,
    IMPORT,
    (m) => m[2] ?? '',
    id,
    `import { tool as ${name} } from './definitions/${id}.json';`,
  );
  const start = text.indexOf('export const tools = [\n');
  const end = text.indexOf('] as Tool[];', start);
  if (start < 0 || end < 0) throw new Error(`${REGISTRY} does not have the expected shape: add the tool by hand.`);
  const list = insertSorted(text.slice(start, end), ENTRY, (m) => idOfName.get(m[1] ?? '') ?? '', id, `  ${name},`);
  return text.slice(0, start) + list + text.slice(end);
}

/** Creates the files of tool `id` under `root`, or says in plain words why it will not. */
export function scaffoldTool(root: string, id: string): ScaffoldResult {
  if (!ID.test(id) || id.length < 2 || id.length > 60) {
    return {
      ok: false,
      error: `"${id}" cannot be a tool id: use 2 to 60 lowercase letters, digits and single dashes, starting with a letter (like "my-tool").`,
    };
  }
  const registryPath = join(root, REGISTRY);
  const registry = readFileSync(registryPath, 'utf8');
  const existing = [definitionPath(id), packFilePath(id)].find((path) => existsSync(join(root, path)));
  if (existing || registry.includes(`'./definitions/${id}.json'`)) {
    return {
      ok: false,
      error: `A tool with the id "${id}" already exists (${existing ?? REGISTRY}). Choose another id.`,
    };
  }
  const definition = definitionFor(id);
  // The stub must be a valid definition: a mistake here would show first in someone else's tests.
  toolDefinitionFileSchema.parse(definition);
  const files: [string, string][] = [
    [definitionPath(id), formatDefinition(definition)],
    [packFilePath(id), formatSource(Object.fromEntries(SECTIONS.map((section) => [section, []])))],
    [REGISTRY, addToRegistry(registry, id)],
  ];
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { ok: true, created: files.map(([path]) => path) };
}
