import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The project files a source file needs at run time: its relative imports that are not
 * `import type`, followed recursively. Used by structure tests (what a content script can reach).
 */
const IMPORT = /^\s*(import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+'(\.[^']+)'/gm;

function resolve(from: string, spec: string): string | null {
  const base = join(dirname(from), spec.replace(/\?inline$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Whether an import brings values (not only types): `import { type A, b }` does, `import type` does not. */
function bringsValues(typeKeyword: string | undefined, clause: string): boolean {
  if (typeKeyword) return false;
  const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!named?.[1]) return true;
  return named[1]
    .split(',')
    .map((part) => part.trim())
    .some((part) => part && !part.startsWith('type '));
}

export function runtimeImports(entry: string, root = process.cwd()): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(root, file);
    if (seen.has(rel)) return;
    seen.add(rel);
    if (!/\.tsx?$/.test(file)) return;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const [, , typeKeyword, clause = '', spec = ''] = match;
      if (!bringsValues(typeKeyword, clause)) continue;
      const target = resolve(file, spec);
      if (target) visit(target);
    }
  };
  visit(join(root, entry));
  return seen;
}
