import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assembleBuiltinPack, BUILTIN_PACK_SOURCE } from '../../scripts/builtin-pack';
import { formatSource } from '../../scripts/builtin-pack-layout';

/** The assembler on the real sources, and on broken copies of them in a temporary folder. */
let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

/** A copy of the sources, changed by `change`; its folder keeps the pack's name, as the id requires. */
function assembleCopy(change: (dir: string) => void) {
  root = mkdtempSync(join(tmpdir(), 'declic-pack-'));
  const dir = join(root, 'declic-essentials');
  cpSync(BUILTIN_PACK_SOURCE, dir, { recursive: true });
  change(dir);
  const result = assembleBuiltinPack(dir);
  return { dir, problems: result.ok ? [] : result.problems };
}
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
/** A source file, loosely: enough to move items around. */
type Source = { tips: object[]; glossary: object[]; guides?: object[] };
const editJson = (path: string, change: (data: Source) => void) => {
  const data = readJson(path) as Source;
  change(data);
  writeFileSync(path, formatSource(data));
};

describe('assembling the built-in pack', () => {
  it('puts the details first, then each section file by file in alphabetical order of tool id', () => {
    const built = assembleBuiltinPack(BUILTIN_PACK_SOURCE);
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const data = JSON.parse(built.text);
    const details = readJson(join(BUILTIN_PACK_SOURCE, 'pack.json'));
    expect(Object.keys(data)).toEqual([...Object.keys(details), 'tips', 'glossary', 'guides', 'resources']);
    const ids = readdirSync(join(BUILTIN_PACK_SOURCE, 'tools'))
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    // nextcloud before nextcloud-deck: ids are compared, not file names ("-" sorts before ".").
    expect(ids.indexOf('nextcloud')).toBeLessThan(ids.indexOf('nextcloud-deck'));
    const tool = (id: string) => readJson(join(BUILTIN_PACK_SOURCE, 'tools', `${id}.json`));
    expect(data.tips).toEqual(ids.flatMap((id) => tool(id).tips));
    const words = readdirSync(join(BUILTIN_PACK_SOURCE, 'words')).sort();
    expect(data.glossary).toEqual([
      ...ids.flatMap((id) => tool(id).glossary),
      ...words.flatMap((name) => readJson(join(BUILTIN_PACK_SOURCE, 'words', name)).glossary),
    ]);
    expect(built.text).toBe(formatSource(data));
  });

  it('says which file holds a tip of another tool, and where it belongs', () => {
    const { problems } = assembleCopy((dir) => {
      const gmail = readJson(join(dir, 'tools/gmail.json'));
      editJson(join(dir, 'tools/zoom.json'), (zoom) => zoom.tips.push({ ...gmail.tips[0], id: 'moved-tip' }));
    });
    expect(problems).toEqual([
      expect.stringMatching(/tools\/zoom\.json: the tip "moved-tip" belongs in tools\/gmail\.json\.$/),
    ]);
  });

  it('says where a word of one category belongs', () => {
    const { problems } = assembleCopy((dir) => {
      const email = readJson(join(dir, 'words/email.json'));
      editJson(join(dir, 'words/everyday.json'), (words) =>
        words.glossary.push({ ...email.glossary[0], id: 'mail-word' }),
      );
    });
    expect(problems).toEqual([
      expect.stringMatching(/words\/everyday\.json: the word "mail-word" belongs in words\/email\.json\.$/),
    ]);
  });

  it('names both files of an id used twice', () => {
    const { problems } = assembleCopy((dir) => {
      const tip = readJson(join(dir, 'tools/zoom.json')).tips[0];
      editJson(join(dir, 'tools/gmail.json'), (gmail) => gmail.tips.push({ ...tip, tool: 'gmail' }));
    });
    expect(problems).toEqual([
      expect.stringMatching(/tools\/zoom\.json: the tip "zoom-[a-z-]+" is already in tools\/gmail\.json\.$/),
    ]);
  });

  it("gives the loader's own message, with the file's path and the item's place in that file", () => {
    const { problems } = assembleCopy((dir) =>
      editJson(join(dir, 'tools/zoom.json'), (zoom) => Object.assign(zoom.tips[1] as object, { level: 'expert' })),
    );
    expect(problems).toEqual([expect.stringMatching(/tools\/zoom\.json: Tip 2 › level: /)]);
  });

  it('refuses a file that is not JSON, a missing section, a file for an unknown tool, and items in pack.json', () => {
    expect(assembleCopy((dir) => writeFileSync(join(dir, 'words/shared.json'), '{ "glossary": [')).problems).toEqual([
      expect.stringMatching(/words\/shared\.json is not valid JSON: /),
    ]);
    expect(
      assembleCopy((dir) => editJson(join(dir, 'tools/zoom.json'), (zoom) => delete zoom.guides)).problems,
    ).toEqual([expect.stringMatching(/tools\/zoom\.json "guides": must be a list, written \[ \] when empty$/)]);
    const empty = { tips: [], glossary: [], guides: [], resources: [] };
    expect(assembleCopy((dir) => writeFileSync(join(dir, 'tools/myspace.json'), formatSource(empty))).problems).toEqual(
      [expect.stringMatching(/tools\/myspace\.json: no tool has the id "myspace"/)],
    );
    expect(
      assembleCopy((dir) => editJson(join(dir, 'pack.json'), (pack) => Object.assign(pack, { tips: [] }))).problems,
    ).toEqual([expect.stringMatching(/pack\.json "tips": holds only the details of the pack/)]);
  });

  it('refuses a pack whose id is not the name of its folder', () => {
    const { problems } = assembleCopy((dir) =>
      editJson(join(dir, 'pack.json'), (pack) => Object.assign(pack, { id: 'other' })),
    );
    expect(problems).toEqual([expect.stringMatching(/pack\.json: the id "other" must be the folder's name\.$/)]);
  });
});
