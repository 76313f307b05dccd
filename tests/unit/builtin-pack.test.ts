import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleBuiltinPack, BUILTIN_PACK_DEST, BUILTIN_PACK_SOURCE } from '../../scripts/builtin-pack';
import { PACK_JSON_SCHEMA_PATH, packJsonSchema } from '../../scripts/pack-json-schema';
import { parsePackText } from '../../utils/packs/pack-loader';
import type { HelpLink, Pack } from '../../utils/packs/pack-schema';
import { toolById, tools } from '../../utils/tools/registry';

// The pack as the build assembles it from its sources (packs/declic-essentials/).
const built = assembleBuiltinPack(BUILTIN_PACK_SOURCE);
const text = built.ok ? built.text : '{}';
// The raw file, so each check below names its own problem even when the loader refuses the pack.
const raw = JSON.parse(text) as Pack;
const guides = raw.guides ?? [];
const resources = raw.resources ?? [];
const langs = ['fr', 'en'] as const;

describe('built-in pack', () => {
  const result = parsePackText(text, 'en');

  it('assembles from its sources without problems', () => {
    expect(built.ok ? [] : built.problems).toEqual([]);
  });

  it('is built, not kept in public/ where a stale copy would shadow the assembled one', () => {
    expect(existsSync(`public/${BUILTIN_PACK_DEST}`)).toBe(false);
  });

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

describe('built-in guides', () => {
  /** The tasks volunteers ask about most, on the tools associations use most. */
  const coreTools = ['gmail', 'outlook', 'google-drive', 'nextcloud', 'wordpress-admin', 'helloasso', 'roundcube'];

  it('has at least 15 guides across the core tools, and at least 2 for each of them', () => {
    expect(guides.filter((guide) => coreTools.includes(guide.tool)).length).toBeGreaterThanOrEqual(15);
    for (const toolId of coreTools) {
      expect(guides.filter((guide) => guide.tool === toolId).length, toolId).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(guides.map((guide) => [guide.id, guide] as const))('%s is complete in French and in English', (_, guide) => {
    expect(toolById(guide.tool), `unknown tool ${guide.tool}`).toBeDefined();
    expect(guide.steps.length).toBeGreaterThanOrEqual(2);
    expect(guide.steps.length).toBeLessThanOrEqual(8);
    for (const lang of langs) expect(guide.title[lang]?.trim().length ?? 0, lang).toBeGreaterThan(0);
    guide.steps.forEach((step, index) => {
      for (const lang of langs) {
        expect(step.text[lang]?.trim().length ?? 0, `step ${index + 1} ${lang}`).toBeGreaterThan(0);
        expect(step.text[lang]?.length ?? 0, `step ${index + 1} ${lang}`).toBeLessThanOrEqual(300);
      }
      // A step copied from one language to the other was left untranslated.
      expect(step.text.fr, `step ${index + 1}`).not.toBe(step.text.en);
    });
    expect(guide.links?.length ?? 0, 'help links').toBeGreaterThanOrEqual(1);
    expect(guide.competence).toMatch(/^[1-5]\.[1-4]$/);
  });

  it('offers a guide only in contexts its tool recognises', () => {
    for (const guide of guides) {
      const known = (toolById(guide.tool)?.contexts ?? []).map((context) => context.id);
      for (const context of guide.contexts ?? []) expect(known, `${guide.id}: ${context}`).toContain(context);
    }
  });

  it('anchors at least 20 tips, each to an element of an app the real-apps tests open', () => {
    // tests/e2e/real-apps/anchored-tips.spec.ts shows each one's beacon on a real screen.
    const onRealApps = new Set(['wordpress-admin', 'roundcube', 'etherpad']);
    const anchored = (raw.tips ?? []).filter((tip) => tip.anchor);
    expect(anchored.length).toBeGreaterThanOrEqual(20);
    for (const tip of anchored) expect(onRealApps, tip.id).toContain(tip.tool);
    for (const locator of anchored.flatMap((tip) => tip.anchor ?? [])) {
      if (locator.role) expect(locator.name?.fr && locator.name.en).toBeTruthy();
    }
  });

  it('names every role locator, in both languages (a role alone matches too many elements)', () => {
    for (const guide of guides) {
      guide.steps.forEach((step, index) => {
        for (const locator of step.anchor ?? []) {
          if (locator.role) expect(locator.name?.fr && locator.name.en, `${guide.id} step ${index + 1}`).toBeTruthy();
        }
      });
    }
  });
});

describe('built-in "Learn more" resources', () => {
  const labelLanguage = { fr: /(français|anglais|plusieurs langues)\)$/, en: /(French|English|several languages)\)$/ };
  const allLinks = (): [string, HelpLink][] => [
    ...resources.flatMap((entry) => entry.links.map((link) => [`resources ${entry.tool}`, link] as [string, HelpLink])),
    ...guides.flatMap((guide) => (guide.links ?? []).map((link) => [`guide ${guide.id}`, link] as [string, HelpLink])),
  ];

  it.each(tools.map((tool) => tool.id))('has 1 to 4 links for %s', (toolId) => {
    const entries = resources.filter((entry) => entry.tool === toolId);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.links.length).toBeGreaterThanOrEqual(1);
    expect(entries[0]?.links.length).toBeLessThanOrEqual(4);
  });

  it('lists only tools Déclic knows', () => {
    for (const entry of resources) expect(toolById(entry.tool), entry.tool).toBeDefined();
  });

  it('links only to https pages, with labels that say which language the page is in', () => {
    for (const [where, link] of allLinks()) {
      expect(link.url, where).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/);
      for (const lang of langs) expect(link.label[lang], `${where}: ${link.url}`).toMatch(labelLanguage[lang]);
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
