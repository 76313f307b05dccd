import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * Tests of the built extension (manifests, bundle budgets, ids the admin docs give): they read
 * `.output/`, so `npm test` runs them after the build, apart from the unit tests.
 */
export default defineConfig({ ...base, test: { ...base.test, include: ['tests/build/**/*.test.ts'] } });
