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
  projects: [
    { name: 'main', testIgnore: [/policy\.spec\.ts$/, /\/firefox\//] },
    { name: 'policy', testMatch: /policy\.spec\.ts$/, testIgnore: /\/firefox\//, dependencies: ['main'] },
    { name: 'firefox', testMatch: /\/firefox\/.*\.spec\.ts$/, testIgnore: /\/firefox\/policy\.spec\.ts$/ },
    { name: 'firefox-policy', testMatch: /\/firefox\/policy\.spec\.ts$/, dependencies: ['firefox'] },
  ],
});
