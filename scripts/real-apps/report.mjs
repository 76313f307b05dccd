// Prints what the real-apps tests saw, from Playwright's JSON report (test-results/e2e.json):
// per test, its outcome and its annotations (what Déclic detected, page errors, known gaps).
//   node scripts/real-apps/report.mjs [report.json]
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results/e2e.json', 'utf8'));
const rows = [];
const walk = (suite, titles) => {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests.filter((x) => x.projectName === 'real-apps')) {
      const result = t.results.at(-1);
      const notes = [...(t.annotations ?? []), ...(result?.annotations ?? [])]
        .map((a) => `${a.type}: ${a.description ?? ''}`)
        .filter((note, i, all) => all.indexOf(note) === i);
      rows.push(`${[...titles, spec.title].join(' › ')} | ${t.status} (${result?.status}) | ${notes.join('; ')}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, child.title.endsWith('.ts') ? titles : [...titles, child.title]);
};
for (const suite of report.suites) walk(suite, []);
console.log(rows.join('\n'));
