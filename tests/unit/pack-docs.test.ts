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
