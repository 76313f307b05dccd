import { coachOf, expect, launcherOf, settle, test } from './harness/fixtures';
import { fileFor } from './harness/https-server';
import { definitionFiles, examplePages, pageKey } from './harness/tool-examples';

/**
 * Every tool's examples, in real Chromium with the real extension: positives get a coach named
 * after the tool, negatives never get this tool's coach. Self-hosted examples live on made-up
 * association domains, granted at install time as an association build would.
 */
const definitions = definitionFiles();
const served = examplePages();
const isServed = (url: string) => {
  const u = new URL(url);
  return !fileFor(u.host, u.pathname) && served.get(pageKey(url))?.url === url;
};
const allHosts = [
  ...new Set(definitions.flatMap(({ examples }) => [...examples.positives, ...examples.negatives])),
].map((example) => `https://${new URL(example.url).host}/*`);
test.use({ grantedOrigins: [...new Set(allHosts)] });

for (const { tool, examples } of definitions) {
  test(`${tool.id}: coached on its own pages, silent on its look-alikes`, async ({ page }) => {
    const name = `Déclic: tips for ${tool.names.en}`;
    const positives = examples.positives.filter((e) => isServed(e.url));
    const negatives = examples.negatives.filter((e) => isServed(e.url));
    expect(positives.length).toBeGreaterThan(0);
    for (const example of positives) {
      await page.goto(example.url);
      await expect(launcherOf(page), example.url).toHaveAccessibleName(name);
      await expect(coachOf(page)).toHaveCount(1);
    }
    for (const example of negatives) {
      await page.goto(example.url);
      await settle(page);
      const launchers = await launcherOf(page).count();
      if (launchers) await expect(launcherOf(page), example.url).not.toHaveAccessibleName(name);
      expect(await coachOf(page).count()).toBeLessThanOrEqual(1);
    }
  });
}
