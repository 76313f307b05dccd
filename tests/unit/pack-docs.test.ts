import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../utils/packs/pack-loader';
import { guideSchema, resourceSchema } from '../../utils/packs/pack-schema';
import { toolById } from '../../utils/tools/registry';

// Mentors copy the examples of docs/packs.md: each must pass the checks Déclic runs.
const blocks = [...readFileSync('docs/packs.md', 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const blockWith = (start: string) => {
  const block = blocks.find((b) => b.trimStart().startsWith(start));
  if (!block) throw new Error(`no json example starting with ${start}`);
  return block;
};

describe('examples in docs/packs.md', () => {
  it('the example pack is a valid pack', () => {
    const result = validatePack(JSON.parse(blockWith('{\n  "schemaVersion"')), 'en');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('the annotated guide is a valid guide, for a tool Déclic knows, in a context that tool has', () => {
    const guide = guideSchema.parse(JSON.parse(blockWith('{\n  "id"')));
    const tool = toolById(guide.tool);
    expect(tool).toBeDefined();
    for (const context of guide.contexts ?? []) expect(tool?.contexts?.map((c) => c.id)).toContain(context);
  });

  it('the "Learn more" example is a valid list of resources', () => {
    const { resources } = JSON.parse(`{${blockWith('"resources"')}}`) as { resources: unknown[] };
    expect(resources.length).toBeGreaterThan(0);
    for (const entry of resources) expect(resourceSchema.safeParse(entry).success).toBe(true);
  });
});

// The French guide for mentors: its packs must pass the same checks, its example pack is the
// English guide's own, its prose follows French typography, and the buttons it names exist.
const french = readFileSync('docs/packs.fr.md', 'utf8');
const frenchBlocks = [...french.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const frenchPacks = frenchBlocks.filter((b) => b.trimStart().startsWith('{\n  "schemaVersion"'));

/** The prose: fenced blocks and inline code left out, since JSON and Déclic's messages keep their own characters. */
const prose = french.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

describe('examples in docs/packs.fr.md', () => {
  it('has whole packs, and each is a valid pack', () => {
    expect(frenchPacks.length).toBeGreaterThanOrEqual(2);
    for (const block of frenchPacks) {
      const result = validatePack(JSON.parse(block), 'fr');
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('every other json block is valid JSON', () => {
    for (const block of frenchBlocks) expect(() => JSON.parse(block)).not.toThrow();
  });

  it('copies the example pack of docs/packs.md byte for byte', () => {
    expect(frenchPacks).toContain(blockWith('{\n  "schemaVersion"'));
  });

  it('puts a narrow no-break space, never a plain one, before ; : ! ? and inside « »', () => {
    const wrong = prose
      .split('\n')
      .filter((line) => /[ \u00a0][;:!?»]|«[ \u00a0]/.test(line))
      .map((line) => line.trim());
    expect(wrong).toEqual([]);
  });

  it('names the studio and settings buttons as the French interface writes them', () => {
    const fr = JSON.parse(readFileSync('locales/fr.json', 'utf8')) as Record<string, string>;
    const keys = [
      'studio.title',
      'studio.add-tip',
      'studio.add-word',
      'studio.add-guide',
      'studio.step-add',
      'studio.export',
      'studio.copy',
      'studio.open',
      'studio.new',
      'studio.review',
      'studio.place',
      'studio.place.point',
      'studio.place.remove',
      'studio.record',
      'studio.picker.keep',
      'studio.picker.again',
      'studio.picker.cancel',
      'studio.picker.move',
      'studio.picker.finish',
      'studio.pointing.stop',
      'studio.try',
      'studio.try-button',
      'studio.try-stop',
      'packs.choose-file',
      'packs.preview',
      'packs.keep-updated',
      'packs.install',
    ];
    // The guide writes apostrophes as ’ where the interface may still have '.
    const normalised = prose.replaceAll("'", '’');
    for (const key of keys) {
      const label = fr[key]?.replaceAll("'", '’');
      expect(label, key).toBeTruthy();
      expect(normalised, key).toContain(`«\u202f${label}\u202f»`);
    }
  });
});
