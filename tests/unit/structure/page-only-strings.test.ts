import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_ONLY_PREFIXES } from '../../../scripts/page-only-strings';
import { runtimeImports } from '../helpers/import-graph';

/**
 * The background and the content scripts are built without the pages' own strings
 * (scripts/page-only-strings.ts): none of the code they run may ask for one, or it would show
 * the key. Read from the sources, following their run-time imports.
 */
const asksForPageOnly = (file: string) =>
  PAGE_ONLY_PREFIXES.some((prefix) =>
    new RegExp(`['"\`]${prefix.replace('.', '\\.')}`).test(readFileSync(file, 'utf8')),
  );

const scripts = [
  'entrypoints/background/index.ts',
  ...readdirSync('entrypoints', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.endsWith('.content'))
    .map((entry) => ['index.ts', 'index.tsx'].map((f) => `entrypoints/${entry.name}/${f}`))
    .map((candidates) => candidates.find((f) => existsSync(f)) ?? candidates[0]!),
];

describe("the pages' own strings", () => {
  it.each(scripts)('%s asks for none of them', (entry) => {
    const reached = [...runtimeImports(entry)];
    expect(reached.length).toBeGreaterThan(1);
    expect(reached.filter((file) => /\.tsx?$/.test(file) && asksForPageOnly(file))).toEqual([]);
  });
});
