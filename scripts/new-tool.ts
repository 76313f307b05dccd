import { resolve } from 'node:path';
import { toolCategories } from '../utils/tools/tool-schema';
import { definitionPath, packFilePath, scaffoldTool } from './tool-scaffold';

/**
 * `npm run new:tool -- <id>`: creates a new tool's files (see tool-scaffold.ts) and says what
 * to write next. Exit code 1 with a plain sentence when the id is missing, bad or taken.
 */
const USAGE = [
  'Usage: npm run new:tool -- <id>',
  'Creates a tool Déclic can recognise: <id> is its kebab-case id, such as "my-tool".',
].join('\n');

export function main(args: readonly string[], root: string, print = console.log, fail = console.error): number {
  const [id, ...extra] = args;
  if (!id || extra.length || id.startsWith('-')) {
    fail(USAGE);
    return 1;
  }
  const result = scaffoldTool(root, id);
  if (!result.ok) {
    fail(result.error);
    return 1;
  }
  print(`Created the tool "${id}":`);
  for (const path of result.created) print(`  ${path}`);
  print(
    [
      '',
      'Next:',
      `1. ${definitionPath(id)}: write its names (fr, en), its category (${toolCategories.join(', ')}),`,
      '   whether it is self-hosted, and signatures that recognise its pages (see the other definitions).',
      '   A self-hosted tool cites in "sources" where each signature\'s markers come from; a SaaS may drop it.',
      '2. In the same file, replace both example stubs: "positives" are real pages of the tool (URL, title,',
      '   a snippet of HTML), "negatives" pages that look like it but are not; say why in "why".',
      `3. ${packFilePath(id)}: write at least 3 beginner tips and its "Learn more" links (resources).`,
      '4. Refresh docs/tools.md with npx tsx scripts/tools-table.ts, then run npx vitest run.',
    ].join('\n'),
  );
  return 0;
}

if (process.argv[1]?.endsWith('new-tool.ts')) {
  process.exitCode = main(process.argv.slice(2), resolve(import.meta.dirname, '..'));
}
