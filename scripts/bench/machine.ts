import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM } from '../../tests/e2e/harness/browser';

/** How busy the machine was: other jobs on its 2 cores move every figure. */
export const machineLoad = () => ({
  at: new Date().toISOString(),
  loadavg: loadavg().map((n) => Number(n.toFixed(2))),
  cpus: cpus().length,
});

export const formatLoad = (load: ReturnType<typeof machineLoad>) =>
  `load average ${load.loadavg.join(' / ')} (1 / 5 / 15 min), ${load.cpus} CPUs`;

/** The product commit measured, and the browser, for the "before / after" of later work. */
export function measuredBuild() {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return {
    commit: git('rev-parse', 'HEAD'),
    // The last commit that changed the product itself (the bench's own commits change none of it).
    productCommit: git(
      'log',
      '-1',
      '--format=%H',
      '--',
      'entrypoints',
      'utils',
      'components',
      'hooks',
      'packs',
      'locales',
    ),
    subject: git('log', '-1', '--format=%s').slice(0, 120),
    dirty: git('status', '--porcelain').length > 0,
    chromium: version.trim(),
  };
}
