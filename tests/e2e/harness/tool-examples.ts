import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ToolDefinitionFile, ToolExample } from '../../../utils/tools/tool-schema';

/**
 * Every tool's own examples, served as pages at their real URLs: the end-to-end tests
 * replay in Chromium exactly what the unit self-test checks with the engine alone.
 */
const DEFINITIONS = join(import.meta.dirname, '..', '..', '..', 'utils', 'tools', 'definitions');

export function definitionFiles(): ToolDefinitionFile[] {
  return readdirSync(DEFINITIONS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(DEFINITIONS, name), 'utf8')) as ToolDefinitionFile);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A whole document from an example snippet: the title goes into the snippet's own <head>, if any. */
export function documentFor(example: ToolExample): string {
  const head = `<meta charset="utf-8"><title>${escapeHtml(example.title ?? 'Page')}</title>`;
  const html = example.html ?? '<p>…</p>';
  const body = /<head[\s>]/i.test(html)
    ? html.replace(/<head([^>]*)>/i, `<head$1>${head}`)
    : `<head>${head}</head>${html}`;
  return `<!doctype html><html>${body}</html>`;
}

/** Served key: host + path + query (the fragment never reaches a server). */
export const pageKey = (url: string) => {
  const u = new URL(url);
  return `${u.host}${u.pathname}${u.search}`;
};

/** The first example at each address wins; tests use only the examples actually served. */
export function examplePages(): Map<string, ToolExample> {
  const pages = new Map<string, ToolExample>();
  for (const { examples } of definitionFiles()) {
    for (const example of [...examples.positives, ...examples.negatives]) {
      const key = pageKey(example.url);
      if (!pages.has(key)) pages.set(key, example);
    }
  }
  return pages;
}
