import { readFileSync } from 'node:fs';

/**
 * The out-of-the-way spec's measurements as a Markdown table, read from the JSON report:
 * `npx tsx tests/e2e/harness/out-of-the-way-table.ts [test-results/e2e.json] [--names]`.
 * Counts are controls covered by Déclic at 5 points (in brackets: on a 24 px lattice).
 */
interface Suite {
  suites?: Suite[];
  specs?: { tests: { results: { status: string; annotations?: { type: string; description?: string }[] }[] }[] }[];
}

const [file = 'test-results/e2e.json', flag] = process.argv.slice(2);
const rows: Record<string, string | number | boolean | string[]>[] = [];
const walk = (suite: Suite): void => {
  for (const child of suite.suites ?? []) walk(child);
  for (const spec of suite.specs ?? [])
    for (const test of spec.tests)
      for (const result of test.results)
        for (const note of result.annotations ?? [])
          if (note.type === 'out-of-the-way')
            rows.push({ ...JSON.parse(note.description ?? '{}'), status: result.status });
};
walk(JSON.parse(readFileSync(file, 'utf8')) as Suite);
rows.sort((a, b) => `${a.page}${a.display}${a.lang}`.localeCompare(`${b.page}${b.display}${b.lang}`));

const yes = (value: unknown) => (value ? 'yes' : 'no');
console.log('| page | window | lang | covered, closed | covered, open | click then type | launcher reached | status |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const open = Number(r.open) < 0 ? 'panel did not open' : `${r.open} (${r.openLattice})`;
  const cells = [r.page, r.display, r.lang, `${r.closed} (${r.closedLattice})`, open, yes(r.typed)];
  console.log(`| ${[...cells, yes(r.launcherReached), r.status].join(' | ')} |`);
}
if (flag === '--names') for (const r of rows) console.log(`\n${r.page} ${r.display} ${r.lang}: ${String(r.covered)}`);
