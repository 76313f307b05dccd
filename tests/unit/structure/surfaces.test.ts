import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { surfaceIds, surfaceTable } from '../../../entrypoints/background/surfaces/table';

const contentFolders = readdirSync('entrypoints')
  .filter((name) => name.endsWith('.content'))
  .map((name) => name.replace(/\.content$/, ''));

/** Every on-page surface is one folder in entrypoints/ plus one row in the background's table. */
describe('the table of surfaces', () => {
  it('has one row per surface, each id once', () => {
    expect(new Set(surfaceIds).size).toBe(surfaceTable.length);
    expect([...surfaceIds].sort()).toEqual(['beacons', 'explain', 'glossary', 'guide', 'launcher', 'panel', 'picker']);
  });

  it('has a row for every content script folder, and a folder for every row', () => {
    const scripts = surfaceTable.flatMap((row) => ('script' in row && row.script ? [row.script] : []));
    // The detector is the one script the manifest loads: the launcher's row has no script of its own.
    expect(
      contentFolders
        .filter((name) => name !== 'detector')
        .map((name) => `/content-scripts/${name}.js`)
        .sort(),
    ).toEqual([...scripts].sort());
    expect(contentFolders).toContain('detector');
    expect(surfaceTable.find((row) => row.id === 'launcher')).not.toHaveProperty('script');
  });
});
