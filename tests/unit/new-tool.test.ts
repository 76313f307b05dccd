// @vitest-environment happy-dom
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSource } from '../../scripts/builtin-pack-layout';
import { main } from '../../scripts/new-tool';
import { definitionPath, packFilePath, REGISTRY } from '../../scripts/tool-scaffold';
import { detectTool } from '../../utils/tools/match-engine';
import { tools } from '../../utils/tools/registry';
import { type ToolDefinitionFile, toolDefinitionFileSchema } from '../../utils/tools/tool-schema';
import { pageFromExample } from './helpers/page-from-example';

/** `npm run new:tool`, run on a copy of the files it touches: the project itself never changes. */
const ROOT = process.cwd();
let copy = '';
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = '';
});

function run(args: string[]) {
  copy = mkdtempSync(join(tmpdir(), 'declic-new-tool-'));
  for (const path of ['utils/tools/definitions', REGISTRY, 'packs/declic-essentials/tools']) {
    cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  }
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    args,
    copy,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const read = (path: string) => readFileSync(join(copy, path), 'utf8');
const list = (path: string) => readdirSync(join(copy, path)).sort();
/** What Biome's check (format and sorted imports) makes of a text: the same text when it is clean. */
const biomeFixed = (path: string, text: string) =>
  spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['check', '--write', `--stdin-file-path=${path}`], {
    cwd: ROOT,
    input: text,
    encoding: 'utf8',
  }).stdout;

describe('npm run new:tool', () => {
  it('creates a valid definition whose example stubs pass, an empty pack file, and says what to edit next', () => {
    const { code, out } = run(['nextcloud-apps']);
    expect(code).toBe(0);
    const definition = JSON.parse(read(definitionPath('nextcloud-apps'))) as ToolDefinitionFile;
    expect(toolDefinitionFileSchema.safeParse(definition).error?.issues ?? []).toEqual([]);
    const withIt = [...tools, definition.tool];
    for (const example of definition.examples.positives) {
      expect(detectTool(withIt, pageFromExample(example))?.toolId).toBe('nextcloud-apps');
    }
    for (const example of definition.examples.negatives) {
      expect(detectTool(withIt, pageFromExample(example))?.toolId).not.toBe('nextcloud-apps');
    }
    expect(read(packFilePath('nextcloud-apps'))).toBe(
      formatSource({ tips: [], glossary: [], guides: [], resources: [] }),
    );
    expect(out).toContain(definitionPath('nextcloud-apps'));
    expect(out).toMatch(/Next:\n1\. .*names/);
    expect(out).toContain('at least 3 beginner tips');
  });

  it.each([
    ['aaa-first', 'aaaFirst'],
    ['google', 'google'],
    ['nextcloud-apps', 'nextcloudApps'],
    ['zzz-last', 'zzzLast'],
  ])('registers %s in alphabetical place, imported as %s', (id, name) => {
    expect(run([id]).code).toBe(0);
    const registry = read(REGISTRY);
    const imported = [...registry.matchAll(/from '\.\/definitions\/([a-z0-9-]+)\.json'/g)].map((m) => m[1]);
    const listed = registry
      .slice(registry.indexOf('export const tools = ['))
      .split('\n')
      .filter((line) => /^ {2}\w+,$/.test(line));
    const sorted = [...tools.map((tool) => tool.id), id].sort((a, b) => (a < b ? -1 : 1));
    expect(imported).toEqual(sorted);
    expect(listed).toHaveLength(sorted.length);
    expect(listed[sorted.indexOf(id)]).toBe(`  ${name},`);
    expect(registry).toContain(`import { tool as ${name} } from './definitions/${id}.json';`);
    // Written as Biome writes it: the project's check stays clean after a scaffold.
    expect(biomeFixed(REGISTRY, registry)).toBe(registry);
    expect(biomeFixed(definitionPath(id), read(definitionPath(id)))).toBe(read(definitionPath(id)));
  });

  it('refuses a bad id or one already taken, in plain words, and writes nothing', () => {
    const registry = readFileSync(join(ROOT, REGISTRY), 'utf8');
    for (const [id, message] of [
      ['Bad_Id', /"Bad_Id" cannot be a tool id: use 2 to 60 lowercase letters/],
      ['2fa', /starting with a letter/],
      ['gmail', /A tool with the id "gmail" already exists \(utils\/tools\/definitions\/gmail\.json\)/],
    ] as const) {
      const { code, err } = run([id]);
      expect(code, id).toBe(1);
      expect(err, id).toMatch(message);
      expect(read(REGISTRY)).toBe(registry);
      expect(list('utils/tools/definitions')).toEqual(readdirSync(join(ROOT, 'utils/tools/definitions')).sort());
      expect(list('packs/declic-essentials/tools')).toEqual(
        readdirSync(join(ROOT, 'packs/declic-essentials/tools')).sort(),
      );
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('names a reserved word or a name the registry uses otherwise', () => {
    expect(run(['delete']).code).toBe(0);
    expect(read(REGISTRY)).toContain("import { tool as deleteTool } from './definitions/delete.json';");
    rmSync(copy, { recursive: true, force: true });
    expect(run(['tool-by-id']).code).toBe(0);
    expect(read(REGISTRY)).toContain("import { tool as toolByIdTool } from './definitions/tool-by-id.json';");
  });

  it('prints its usage and fails when run without an id', () => {
    const npm = spawnSync('npm', ['run', '--silent', 'new:tool'], { cwd: ROOT, encoding: 'utf8' });
    expect(npm.status).not.toBe(0);
    expect(npm.stderr).toContain('Usage: npm run new:tool -- <id>');
    expect(run(['one', 'two'])).toMatchObject({ code: 1, err: expect.stringContaining('Usage:') });
  });
});
