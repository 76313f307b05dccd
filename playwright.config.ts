import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 45_000,
  expect: { timeout: 8_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Kept apart from test-results/unit.json, which Playwright would otherwise wipe.
  outputDir: 'test-results/playwright',
  use: { trace: 'off' },
  // A managed policy file applies to every browser on the machine: those tests run last, alone.
  // The real apps (scripts/real-apps/setup.sh) are slower to sign in to than fixture pages.
  projects: [
    { name: 'main', testIgnore: [/policy\.spec\.ts$/, /real-apps\//] },
    { name: 'real-apps', testMatch: /real-apps\/.*\.spec\.ts$/, timeout: 90_000 },
    { name: 'policy', testMatch: /policy\.spec\.ts$/, dependencies: ['main', 'real-apps'] },
  ],
});
