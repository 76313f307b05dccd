// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTools } from '../../utils/tools/match-engine';
import { toolById, tools } from '../../utils/tools/registry';
import type { ToolDefinitionFile } from '../../utils/tools/tool-schema';
import { pageFromExample } from './helpers/page-from-example';

/**
 * The registry's order must decide nothing: `detectTools` breaks a tie of score by the tools'
 * `priority`, then by id. These checks run every example of every definition file.
 */
const dir = join(process.cwd(), 'utils/tools/definitions');
const examples = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => {
    const { examples } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ToolDefinitionFile;
    return [...examples.positives, ...examples.negatives].map((example) => ({ name, example }));
  });
// One snapshot per example: it caches what it read, so every order is judged on the same page.
const pages = examples.map(({ name, example }) => ({
  where: `${name}: ${example.url}`,
  page: pageFromExample(example),
}));
const results = (list: typeof tools) => pages.map(({ page }) => detectTools(list, page));

describe('order of the tool registry', () => {
  it('lists the tools in alphabetical order of id', () => {
    const ids = tools.map((tool) => tool.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('changes no example’s result when reversed or shuffled', () => {
    const expected = results(tools);
    expect(results([...tools].reverse())).toEqual(expected);
    fc.assert(
      fc.property(fc.shuffledSubarray(tools, { minLength: tools.length }), (shuffled) => {
        expect(results(shuffled)).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('leaves no tie of score to the ids: two tools that tie on an example need a priority', () => {
    const decidedById = pages.flatMap(({ where, page }) => {
      const [first, second] = detectTools(tools, page);
      if (!first || !second || first.score !== second.score) return [];
      const priority = (id: string) => toolById(id)?.priority ?? 0;
      return priority(first.toolId) === priority(second.toolId) ? [`${where}: ${first.toolId} = ${second.toolId}`] : [];
    });
    expect(decidedById).toEqual([]);
  });
});
