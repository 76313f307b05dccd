import type { ToolExample } from '../../utils/tools/tool-schema';
import { openAndWaitForCheck } from './harness/declic-state';
import { coachOf, expect, launcherOf, test } from './harness/fixtures';
import { fileFor } from './harness/https-server';
import { definitionFiles, examplePages, pageKey } from './harness/tool-examples';

/**
 * Every tool's examples, in real Chromium with the real extension: positives get a coach named
 * after the tool, negatives never get this tool's coach. Self-hosted examples live on made-up
 * association domains, granted at install time as an association build would.
 */
const definitions = definitionFiles();
const served = examplePages();
/** Only the example actually served at its address (another one may share the URL). */
const isServed = (example: ToolExample) => {
  const u = new URL(example.url);
  return !fileFor(u.host, u.pathname) && JSON.stringify(served.get(pageKey(example.url))) === JSON.stringify(example);
};
const allHosts = [
  ...new Set(definitions.flatMap(({ examples }) => [...examples.positives, ...examples.negatives])),
].map((example) => `https://${new URL(example.url).host}/*`);
test.use({ grantedOrigins: [...new Set(allHosts)] });

for (const { tool, examples } of definitions) {
  test(`${tool.id}: coached on its own pages, silent on its look-alikes`, async ({ page, browserWithDeclic }) => {
    const name = `Déclic: tips for ${tool.names.en}`;
    const positives = examples.positives.filter(isServed);
    const negatives = examples.negatives.filter(isServed);
    expect(positives.length).toBeGreaterThan(0);
    for (const example of positives) {
      await page.goto(example.url);
      await expect(launcherOf(page), example.url).toHaveAccessibleName(name);
      await expect(coachOf(page)).toHaveCount(1);
    }
    for (const example of negatives) {
      await openAndWaitForCheck(page, browserWithDeclic, example.url);
      const launchers = await launcherOf(page).count();
      if (launchers) await expect(launcherOf(page), example.url).not.toHaveAccessibleName(name);
      expect(await coachOf(page).count()).toBeLessThanOrEqual(1);
    }
  });
}
