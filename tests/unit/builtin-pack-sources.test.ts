import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK_SOURCE } from '../../scripts/builtin-pack';
import { formatSource } from '../../scripts/builtin-pack-layout';
import type { Guide, Pack, Tip } from '../../utils/packs/pack-schema';
import { toolById, tools } from '../../utils/tools/registry';
import { toolCategories } from '../../utils/tools/tool-schema';

/**
 * The sources of the built-in pack, read here on their own (not through the assembler), so a
 * mistake in the assembler's own placement rules cannot hide a misplaced item.
 */
type Term = NonNullable<Pack['glossary']>[number];
type Resource = NonNullable<Pack['resources']>[number];
interface ToolFile {
  tips: Tip[];
  glossary: Term[];
  guides: Guide[];
  resources: Resource[];
}

const dir = BUILTIN_PACK_SOURCE;
const names = (folder: string) => readdirSync(join(dir, folder)).sort();
const text = (file: string) => readFileSync(join(dir, file), 'utf8');
const toolFiles = names('tools').map((name) => ({
  name,
  id: name.replace(/\.json$/, ''),
  ...JSON.parse(text(`tools/${name}`)),
}));
const wordFiles = names('words').map((name) => ({
  name,
  group: name.replace(/\.json$/, ''),
  glossary: JSON.parse(text(`words/${name}`)).glossary as Term[],
}));
const categoriesOf = (term: Term) => new Set((term.tools ?? []).map((id) => toolById(id)?.category));

describe('sources of the built-in pack', () => {
  const all = ['pack.json', ...names('tools').map((n) => `tools/${n}`), ...names('words').map((n) => `words/${n}`)];

  it.each(all)('%s is written the one usual way (parse, then JSON.stringify with 2 spaces, gives it back)', (file) => {
    expect(text(file)).toBe(formatSource(JSON.parse(text(file))));
  });

  it('has one tool file for each tool Déclic knows, and none for any other', () => {
    expect(toolFiles.map((file) => file.id).sort()).toEqual(tools.map((tool) => tool.id).sort());
  });

  it.each(toolFiles)('tools/$name holds only items of its own tool', (file: ToolFile & { id: string }) => {
    for (const item of [...file.tips, ...file.guides, ...file.resources])
      expect(item.tool, JSON.stringify(item)).toBe(file.id);
    for (const term of file.glossary) expect(term.tools, term.id).toEqual([file.id]);
  });

  it('has word files named everyday, shared or after a category of tools', () => {
    const allowed = ['everyday', 'shared', ...toolCategories];
    for (const { group } of wordFiles) expect(allowed, group).toContain(group);
  });

  it.each(wordFiles)('words/$name holds what its name says', ({ group, glossary }) => {
    expect(glossary.length).toBeGreaterThan(0);
    for (const term of glossary) {
      if (group === 'everyday') {
        expect(term.tools, term.id).toBeUndefined();
        continue;
      }
      // A word of one tool belongs in that tool's file.
      expect(term.tools?.length ?? 0, term.id).toBeGreaterThanOrEqual(2);
      const categories = [...categoriesOf(term)];
      if (group === 'shared') expect(categories.length, term.id).toBeGreaterThanOrEqual(2);
      else expect(categories, term.id).toEqual([group]);
    }
  });

  it('uses no id twice across files, in any section', () => {
    const sections = {
      tips: toolFiles.flatMap((file) => file.tips.map((tip: Tip) => tip.id)),
      guides: toolFiles.flatMap((file) => file.guides.map((guide: Guide) => guide.id)),
      glossary: [...toolFiles, ...wordFiles].flatMap((file) => file.glossary.map((term: Term) => term.id)),
      resources: toolFiles.flatMap((file) => file.resources.map((entry: Resource) => entry.tool)),
    };
    for (const [section, ids] of Object.entries(sections)) {
      const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(twice, section).toEqual([]);
    }
  });

  it('keeps the details of the pack in pack.json and nothing else', () => {
    const details = JSON.parse(text('pack.json'));
    expect(Object.keys(details)).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'version', 'name', 'description', 'author', 'licence', 'updated']),
    );
    for (const section of ['tips', 'glossary', 'guides', 'resources']) expect(details).not.toHaveProperty(section);
  });
});
