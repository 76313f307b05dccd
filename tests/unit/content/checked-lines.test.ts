import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../../scripts/builtin-pack';

/** Every tool file of every built-in pack, read as its writer left it. */
const toolFiles = BUILTIN_PACKS.flatMap(({ source }) =>
  readdirSync(join(source, 'tools'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(source, 'tools', name)),
);

describe('what each tool’s content was checked against', () => {
  it.each(toolFiles)('%s says what it was checked against, when and how', (file) => {
    const { checked } = JSON.parse(readFileSync(file, 'utf8')) as { checked?: Record<string, string> };
    expect(checked, `${file} has no "checked" line`).toBeDefined();
    const { against = '', how = '', on = '' } = checked ?? {};
    expect(against.length).toBeGreaterThan(10);
    expect(how.length).toBeGreaterThan(10);
    // A check from the future, or older than this content's rewrite, is a mistake.
    expect(on >= '2026-11-01' && on <= new Date().toISOString().slice(0, 10)).toBe(true);
  });
});
