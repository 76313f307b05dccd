// Runs Mozilla's add-on linter on the Firefox build; fails on any error. Warnings are printed:
// the known ones come from zod's Function('') probe and react-dom's innerHTML, not our code.
import { execFileSync } from 'node:child_process';

const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const report = JSON.parse(out.slice(out.indexOf('{')));
for (const item of [...report.errors, ...report.warnings]) {
  console.log(`${item._type ?? ''} ${item.code} ${item.file ?? ''}: ${item.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
process.exit(report.summary.errors === 0 ? 0 : 1);
