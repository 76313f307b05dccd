import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Vitest 5 prints failures with Map.groupBy, which Node 20 lacks (Node 22 has it).
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      groups.set(k, [...(groups.get(k) ?? []), item]);
    }
    return groups;
  };
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Pure tests run in Node; a file that needs a DOM says so on its first line (@vitest-environment happy-dom).
    environment: 'node',
    // Example snippets link to stylesheets: nothing may be fetched during unit tests.
    environmentOptions: {
      happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } },
    },
    globals: true,
    restoreMocks: true,
    // The largest hostile packs take a few seconds on a loaded 2-core machine: no timing is tested here.
    testTimeout: 30_000,
  },
});
