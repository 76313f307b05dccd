import { launch } from '../../tests/e2e/harness/browser';
import type { BenchEnv } from './browser-arm';
import { bundleProbe } from './bundle-probe';
import { glossaryVsMarkJs } from './glossary-vs-markjs';
import { URLS } from './scenarios';

/**
 * The figures that need no "without" arm: the detector's own work per detection, timed inside
 * Chromium on the static heavy pages, and the glossary pass against mark.js on the static inbox.
 */
export async function engineFigures(env: BenchEnv) {
  const probe = await bundleProbe('scripts/bench/engine-probe.ts');
  const detection: Record<string, unknown> = {};
  const browser = await launch({ extensionDir: env.extensionDir, port: env.port, lang: 'fr', withExtension: false });
  for (const [id, url] of [
    ['heavy-inbox', URLS.staticInbox],
    ['heavy-files', URLS.staticFiles],
    ['light-tool', URLS.light],
  ] as const) {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: probe });
    detection[id] = await page.evaluate(() =>
      (globalThis as unknown as { declicBenchDetect: (n: number) => unknown }).declicBenchDetect(50),
    );
    await page.close();
  }
  const glossary = await glossaryVsMarkJs(browser, URLS.staticInbox);
  await browser.close();
  return { detection, glossary };
}
