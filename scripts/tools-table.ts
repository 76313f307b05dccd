import { writeFileSync } from 'node:fs';
import { tools } from '../utils/tools/registry';

export const TOOLS_DOC = 'docs/tools.md';

/** docs/tools.md, generated from the registered tool definitions (a test keeps it in sync). */
export function toolsTable(): string {
  const rows = [...tools]
    .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))
    .map((tool) => {
      const where = tool.selfHosted
        ? `any host (markers)${tool.publicInstances?.length ? `; public: ${tool.publicInstances.join(', ')}` : ''}`
        : [...new Set(tool.signatures.flatMap((sig) => sig.hosts ?? []))].join(', ');
      const contexts = (tool.contexts ?? []).map((c) => c.id).join(', ') || '–';
      return `| \`${tool.id}\` | ${tool.names.en} | ${tool.category} | ${tool.selfHosted ? 'yes' : 'no'} | ${where} | ${contexts} |`;
    });
  return [
    '# Tools Déclic recognises',
    '',
    `${tools.length} tools. Generated from \`utils/tools/definitions/*.json\` by \`npx tsx scripts/tools-table.ts\`.`,
    'Self-hosted tools are recognised by app markers on any host the user (or the association build) allowed.',
    '',
    '| id | name | category | self-hosted | where | contexts |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('tools-table.ts')) writeFileSync(TOOLS_DOC, toolsTable());
