import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Lang, translate } from '../utils/i18n';
import { ASSOCIATION_ENV, readAssociation, terminalLang } from './association-build-config';

/**
 * `npm run build:association -- --config association.json [--lang fr|en]`
 * Checks the association's config and packs, then runs WXT's usual build and zip for Chrome
 * and Firefox with DECLIC_ASSOCIATION set (see wxt.config.ts). Exit code 1 on any problem.
 */
const root = resolve(import.meta.dirname, '..');
const wxtCli = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
// npm runs scripts from the project folder; a relative path is meant from where the admin typed it.
const typedFrom = process.env.INIT_CWD ?? process.cwd();

function options(): { config?: string; lang: Lang } {
  try {
    const { values } = parseArgs({ options: { config: { type: 'string' }, lang: { type: 'string' } } });
    const lang = values.lang === 'fr' || values.lang === 'en' ? values.lang : terminalLang();
    return { config: values.config, lang };
  } catch {
    return { lang: terminalLang() };
  }
}

function main(): number {
  const { config, lang } = options();
  const say = (key: string, vars?: Record<string, string>) => translate(lang, key, vars);
  if (!config) {
    console.error(say('association.build.usage'));
    return 1;
  }
  const configPath = resolve(typedFrom, config);
  const read = readAssociation(configPath, lang, root);
  if (!read.ok) {
    console.error(say('association.build.refused', { path: config }));
    for (const error of read.errors) console.error(error.startsWith('  ') ? error : `- ${error}`);
    return 1;
  }
  const { build } = read;
  console.log(say('association.build.building', { name: build.config.name }));
  const env = { ...process.env, [ASSOCIATION_ENV]: configPath };
  for (const [browser, args] of [
    ['Chrome', ['zip']],
    ['Firefox', ['zip', '-b', 'firefox', '--mv3']],
  ] as const) {
    const run = spawnSync(process.execPath, [wxtCli, ...args], { cwd: root, env, stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(say('association.build.failed', { browser }));
      return 1;
    }
  }
  const out = join(root, build.outDir);
  const shown = (path: string) => relative(typedFrom, path) || '.';
  const zipOf = (browser: string) => join(out, build.zipTemplate.replace('{{browser}}', browser));
  const zips = { chrome: zipOf('chrome'), firefox: zipOf('firefox') };
  if (!existsSync(zips.chrome) || !existsSync(zips.firefox)) {
    console.error(say('association.build.failed', { browser: existsSync(zips.chrome) ? 'Firefox' : 'Chrome' }));
    return 1;
  }
  console.log(`\n${say('association.build.done')}`);
  console.log(`- ${say('association.build.chrome-zip', { path: shown(zips.chrome) })}`);
  console.log(`- ${say('association.build.firefox-zip', { path: shown(zips.firefox) })}`);
  console.log(`- ${say('association.build.folder', { path: shown(join(out, 'chrome-mv3')) })}`);
  console.log(say('association.build.next'));
  return 0;
}

process.exitCode = main();
