import { readFileSync, writeFileSync } from 'node:fs';
import { translate } from '../utils/i18n';
import { fieldOf, settingNames } from '../utils/settings/settings-fields';
import { defaultSettings } from '../utils/settings/settings-schema';

export const DEPLOY_DOC = 'docs/deploy.md';
const START =
  '<!-- settings-table: generated from utils/settings/settings-fields.ts by `npx tsx scripts/settings-table.ts` -->';
const END = '<!-- /settings-table -->';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const code = (value: unknown) => `\`${JSON.stringify(value)}\``;

/** The table of every setting in docs/deploy.md: what it is, its values, where an admin may set it. */
export function settingsTable(): string {
  const rows = settingNames.map((name) => {
    const field = fieldOf(name);
    const options = (field.schema as unknown as { options?: string[] }).options;
    const values =
      field.values ??
      (options ? options.map(code).join(', ') : typeof field.default === 'boolean' ? '`true`, `false`' : 'list');
    const key = `settings.${kebab(name)}`;
    const label = fieldOf(name).form ? translate('en', key) : '(a list kept by Déclic)';
    const yes = (flag: boolean) => (flag ? 'yes' : 'no');
    return [`\`${name}\``, label, values, code(defaultSettings[name]), yes(field.lockable), yes(field.association)];
  });
  const header = [
    'Setting',
    'What it is',
    'Values',
    'Default',
    'Policy can lock it (`lockedSettings`)',
    'Association build can set it (`settings`)',
  ];
  return [START, ...aligned([header, ...rows]), END].join('\n');
}

/** A Markdown table with its columns padded, as the formatter writes it (it checks docs too). */
function aligned(table: string[][]): string[] {
  const widths = table[0]?.map((_, i) => Math.max(3, ...table.map((row) => [...(row[i] ?? '')].length))) ?? [];
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head = [], ...body] = table;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/** docs/deploy.md with its table replaced by a fresh one. */
export function withFreshTable(doc: string): string {
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from === -1 || to === -1) throw new Error(`${DEPLOY_DOC} has no settings table markers`);
  return doc.slice(0, from) + settingsTable() + doc.slice(to + END.length);
}

if (process.argv[1]?.endsWith('settings-table.ts')) {
  writeFileSync(DEPLOY_DOC, withFreshTable(readFileSync(DEPLOY_DOC, 'utf8')));
}
