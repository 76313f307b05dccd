import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 45_000,
  // An upper bound for positive signals, not a wait: a loaded 2-core machine can take a while.
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Kept apart from test-results/unit.json, which Playwright would otherwise wipe.
  outputDir: 'test-results/playwright',
  use: { trace: 'off' },
  // A managed policy file applies to every browser on the machine: those tests run last, alone.
  // Chromium (Playwright) is the default; tests/e2e/firefox/ drives Firefox ESR through puppeteer-core.
  // The real apps (scripts/real-apps/setup.sh) are slower to sign in to than fixture pages.
  projects: [
    { name: 'main', testIgnore: [/policy\.spec\.ts$/, /\/firefox\//, /real-apps\//] },
    // Real PHP sessions, mail delivery and pad saves on a 2-core machine: one retry, which the JSON
    // report counts as "flaky" and the list names, so it stays visible; a test that fails twice fails.
    { name: 'real-apps', testMatch: /real-apps\/.*\.spec\.ts$/, timeout: 90_000, retries: 1 },
    {
      name: 'policy',
      testMatch: /policy\.spec\.ts$/,
      testIgnore: [/\/firefox\//, /real-apps\//],
      dependencies: ['main', 'real-apps'],
    },
    { name: 'firefox', testMatch: /\/firefox\/.*\.spec\.ts$/, testIgnore: /\/firefox\/policy\.spec\.ts$/ },
    { name: 'firefox-policy', testMatch: /\/firefox\/policy\.spec\.ts$/, dependencies: ['firefox'] },
  ],
});
