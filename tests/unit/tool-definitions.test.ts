// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOLS_DOC, toolsTable } from '../../scripts/tools-table';
import { detectTool } from '../../utils/tools/match-engine';
import { tools } from '../../utils/tools/registry';
import { type ToolDefinitionFile, toolDefinitionFileSchema } from '../../utils/tools/tool-schema';
import { pageFromExample } from './helpers/page-from-example';

const dir = join(process.cwd(), 'utils/tools/definitions');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
const definitions = files.map((name) => ({
  name,
  raw: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown,
}));

describe('tool definition files', () => {
  it.each(definitions)('$name is a valid, strict tool definition', ({ raw }) => {
    const result = toolDefinitionFileSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(definitions)('$name is named after its id and registered', ({ name, raw }) => {
    const { tool } = raw as ToolDefinitionFile;
    expect(name).toBe(`${tool.id}.json`);
    expect(tools.map((t) => t.id)).toContain(tool.id);
  });

  it('registers no tool without a definition file, and no id twice', () => {
    const ids = tools.map((tool) => tool.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => `${id}.json`).sort()).toEqual([...files].sort());
  });

  it.each(definitions)('$name uses selectors the browser can parse', ({ raw }) => {
    const { tool } = raw as ToolDefinitionFile;
    const selectors = [
      ...tool.signatures,
      ...(tool.excludes ?? []),
      ...(tool.contexts ?? []).flatMap((c) => c.when),
    ].flatMap((sig) => sig.selectors ?? []);
    for (const selector of selectors) expect(() => document.querySelector(selector), selector).not.toThrow();
  });
});

const raw = (id: string) => definitions.find(({ name }) => name === `${id}.json`)?.raw as ToolDefinitionFile;

/** Every tool matches its own examples and none of the others' (github-url-detection style). */
describe.each(definitions.map(({ raw }) => raw as ToolDefinitionFile))('examples of $tool.id', ({ tool, examples }) => {
  it.each(examples.positives)('recognises $url', (example) => {
    const found = detectTool(tools, pageFromExample(example));
    expect(found?.toolId).toBe(tool.id);
    expect(found?.contextId).toBe(example.context ?? null);
  });

  it.each(examples.negatives)('stays silent on $url', (example) => {
    expect(detectTool(tools, pageFromExample(example))?.toolId).not.toBe(tool.id);
  });

  if (!tool.selfHosted) return;
  it('cites the public source of each signature and context', () => {
    const { sources } = raw(tool.id);
    expect(sources?.signatures.length).toBe(tool.signatures.length);
    for (const { id } of tool.contexts ?? []) expect(sources?.contexts?.[id], id).toBeTruthy();
  });

  it('is recognised by markers, not by a list of hosts', () => {
    expect(tool.signatures.every((sig) => !sig.hosts)).toBe(true);
    expect(tool.signatures.every((sig) => (sig.selectors?.length ?? 0) + (sig.meta ? 1 : 0) > 0)).toBe(true);
  });
});

describe('tool list', () => {
  it('has at least 30 tools, with names unique in each language', () => {
    expect(tools.length).toBeGreaterThanOrEqual(30);
    for (const lang of ['fr', 'en'] as const) {
      const names = tools.map((tool) => tool.names[lang]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('is documented in docs/tools.md (run npx tsx scripts/tools-table.ts)', () => {
    expect(readFileSync(TOOLS_DOC, 'utf8')).toBe(toolsTable());
  });
});
