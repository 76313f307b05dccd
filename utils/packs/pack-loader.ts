import type { z } from 'zod';
import { en as zodEn, fr as zodFr } from 'zod/locales';
import type { Lang } from '../i18n';
import { translate } from '../i18n';
import { toolById } from '../tools/registry';
import { kebabId } from '../tools/tool-schema';
import { jsonErrorAt } from './json-error';
import { type Pack, packSchema } from './pack-schema';
import { decodePackBytes } from './pack-text';

/** Packs are capped before parsing so a huge file never reaches JSON.parse. */
export const MAX_PACK_BYTES = 1024 * 1024;

/** On failure, `kind` says what failed: the bytes (size, encoding), the JSON, or the pack format. */
export type PackLoadResult =
  | { ok: true; pack: Pack; warnings: string[] }
  | { ok: false; errors: string[]; kind: 'bytes' | 'json' | 'schema' };

const zodLocales = { fr: zodFr, en: zodEn };

/** "tips.11.links.0.url" → "Tip 12 › link 1 › url", in the user's language. */
export function describePath(path: readonly PropertyKey[], lang: Lang): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    const named = translate(lang, `pack.path.${key}`);
    // A segment without a plain name (fr, en…) is shown as it is written in the file.
    const item = named === `pack.path.${key}` ? key : named;
    if (typeof next === 'number') {
      parts.push(translate(lang, 'pack.path.item', { item, n: next + 1 }));
      i++;
    } else {
      parts.push(key);
    }
  }
  return parts.join(' › ');
}

function formatIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  const where = issue.path.length ? describePath(issue.path, lang) : translate(lang, 'pack.path.root');
  const message = issue.message.startsWith('error.') ? translate(lang, `pack.${issue.message}`) : issue.message;
  return `${where}: ${message}`;
}

/** Validates already-parsed data. Never throws: every failure becomes a message. */
export function validatePack(data: unknown, lang: Lang): PackLoadResult {
  let parsed: ReturnType<typeof packSchema.safeParse>;
  try {
    parsed = packSchema.safeParse(data, { error: zodLocales[lang]().localeError, reportInput: false });
  } catch {
    return { ok: false, errors: [translate(lang, 'pack.error.unreadable')], kind: 'schema' };
  }
  // A misspelt tool is said with the other problems, not only once they are fixed.
  const tools = unknownTools(data, lang);
  if (!parsed.success) {
    const errors = [...parsed.error.issues.slice(0, 20).map((issue) => formatIssue(issue, lang)), ...tools];
    return { ok: false, errors: errors.slice(0, 20), kind: 'schema' };
  }
  if (tools.length) return { ok: false, errors: tools.slice(0, 20), kind: 'schema' };
  return { ok: true, pack: parsed.data, warnings: [] };
}

/** Tips, guides and resources naming a tool Déclic does not know, read from the raw data. */
function unknownTools(data: unknown, lang: Lang): string[] {
  if (!data || typeof data !== 'object') return [];
  return (['tips', 'guides', 'resources'] as const).flatMap((section) => {
    const items = (data as Record<string, unknown>)[section];
    if (!Array.isArray(items)) return [];
    return items.flatMap((item: unknown, index) => {
      const tool = (item as { tool?: unknown } | null)?.tool;
      if (typeof tool !== 'string' || !kebabId.safeParse(tool).success || toolById(tool)) return [];
      return [
        `${describePath([section, index, 'tool'], lang)}: ${translate(lang, 'pack.error.unknown-tool', { tool })}`,
      ];
    });
  });
}

/** Parses the bytes of a file or a download: size and encoding first, then JSON, then the schema. */
export function parsePackBytes(bytes: Uint8Array, lang: Lang): PackLoadResult {
  const decoded = decodePackBytes(bytes, lang, MAX_PACK_BYTES);
  return decoded.ok ? parsePackText(decoded.text, lang) : { ok: false, errors: [decoded.error], kind: 'bytes' };
}

/** Parses pack text from a file or a download: size first, then JSON, then the schema. */
export function parsePackText(text: string, lang: Lang): PackLoadResult {
  if (new TextEncoder().encode(text).byteLength > MAX_PACK_BYTES) {
    return { ok: false, errors: [translate(lang, 'pack.error.too-big', { max: '1 MiB' })], kind: 'bytes' };
  }
  let data: unknown;
  const json = text.replace(/^\ufeff/, '');
  try {
    data = JSON.parse(json);
  } catch (error) {
    // Also a nesting deep enough to exhaust the parser's stack lands here (it has no place).
    const at = jsonErrorAt(json, error);
    const message = at ? translate(lang, 'pack.error.not-json-at', at) : translate(lang, 'pack.error.not-json');
    return { ok: false, errors: [message], kind: 'json' };
  }
  return validatePack(data, lang);
}
