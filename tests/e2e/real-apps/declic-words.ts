import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Guide, Tip } from '../../../utils/packs/pack-schema';
import type { Lang } from './apps';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * Déclic's own words, read once from its locale files (the ones the build bundles): utils/i18n
 * imports them as JSON modules, which Playwright's loader does not accept without an attribute.
 */
const catalogues = new Map<Lang, Record<string, string | { message: string }>>();

export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  if (!catalogues.has(lang))
    catalogues.set(lang, JSON.parse(readFileSync(join(ROOT, 'locales', `${lang}.json`), 'utf8')));
  const entry = catalogues.get(lang)?.[key];
  if (entry === undefined) throw new Error(`no ${lang} string ${key}`);
  const text: string = typeof entry === 'string' ? entry : entry.message;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name]));
}

/** One tool's part of the built-in pack, from its source (the one the build assembles). */
export function builtInPart(tool: string): { tips: Tip[]; guides: Guide[] } {
  const file = join(ROOT, 'packs/declic-essentials/tools', `${tool}.json`);
  const part = JSON.parse(readFileSync(file, 'utf8')) as { tips?: Tip[]; guides?: Guide[] };
  return { tips: part.tips ?? [], guides: part.guides ?? [] };
}
