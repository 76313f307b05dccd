import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeImports } from '../helpers/import-graph';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const product = ['entrypoints', 'utils', 'hooks', 'components'].flatMap(sources);
const WRITES = /\.(setValue|removeValue)\(|storage\.(local|session|sync)\.(set|remove|clear)\(/;

/** Only the background writes shared state: one queue orders every write. */
describe('one writer for shared state', () => {
  it('no storage write outside entrypoints/background/state/', () => {
    const writers = product.filter((file) => WRITES.test(readFileSync(file, 'utf8')));
    expect(writers.filter((file) => !file.startsWith('entrypoints/background/state/'))).toEqual([]);
  });

  it.each(readdirSync('entrypoints').filter((name) => name.endsWith('.content')))(
    "%s cannot reach storage items or the background's writes at run time",
    (folder) => {
      const entry = ['index.ts', 'index.tsx'].map((f) => `entrypoints/${folder}/${f}`).find((f) => product.includes(f));
      const reached = [...runtimeImports(entry ?? '')];
      expect(reached.length).toBeGreaterThan(1);
      expect(reached.filter((file) => file.startsWith('utils/storage/') || file.includes('background/'))).toEqual([]);
    },
  );

  it("the pages reach the background's writes only through messages", () => {
    for (const page of ['options', 'popup', 'welcome', 'studio']) {
      const reached = [...runtimeImports(`entrypoints/${page}/main.tsx`)];
      expect(
        reached.filter((file) => file.includes('background/')),
        page,
      ).toEqual([]);
    }
  });
});
