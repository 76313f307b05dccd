import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_JSON_SCHEMA_PATH, packJsonSchema } from '../../scripts/pack-json-schema';
import { parsePackText } from '../../utils/packs/pack-loader';
import { tools } from '../../utils/tools/registry';

const text = readFileSync('public/packs/declic-essentials.json', 'utf8');

describe('built-in pack', () => {
  const result = parsePackText(text, 'en');

  it('goes through the same loader as an imported pack, without errors', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(tools.map((tool) => tool.id))('has at least 3 beginner tips for %s, outside any context', (toolId) => {
    if (!result.ok) throw new Error('pack invalid');
    const tips = result.pack.tips.filter((tip) => tip.tool === toolId && tip.level === 'beginner' && !tip.contexts);
    expect(tips.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps titles short and bodies plain (no markup, about three short sentences)', () => {
    if (!result.ok) throw new Error('pack invalid');
    for (const tip of result.pack.tips) {
      for (const lang of ['fr', 'en'] as const) {
        expect(tip.title[lang].length, tip.id).toBeLessThanOrEqual(60);
        expect(tip.body[lang].length, tip.id).toBeLessThanOrEqual(300);
        expect(tip.body[lang], tip.id).not.toMatch(/[<>]/);
      }
    }
  });
});

describe('published JSON Schema for pack authors', () => {
  it('is up to date with the zod schema (run npm run build to refresh it)', () => {
    expect(readFileSync(PACK_JSON_SCHEMA_PATH, 'utf8')).toBe(packJsonSchema());
  });

  it('describes the fields a mentor writes', () => {
    const schema = JSON.parse(packJsonSchema());
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'version', 'tips']));
    expect(schema.additionalProperties).toBe(false);
  });
});
