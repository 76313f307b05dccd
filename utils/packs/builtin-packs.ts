import { browser } from 'wxt/browser';
import type { Lang } from '../i18n';
import { type PackLoadResult, parsePackText } from './pack-loader';
import type { Pack } from './pack-schema';

/** Built-in packs ship as files under public/packs and go through the same loader as imports. */
export const BUILTIN_PACK_FILES = ['/packs/declic-essentials.json'] as const;

export interface InstalledPack {
  pack: Pack;
  source: 'builtin';
  enabled: boolean;
}

export async function loadBuiltinPack(file: (typeof BUILTIN_PACK_FILES)[number], lang: Lang): Promise<PackLoadResult> {
  const response = await fetch(browser.runtime.getURL(file));
  return parsePackText(await response.text(), lang);
}

let cache: Promise<InstalledPack[]> | undefined;

/** Every pack the user has, in layer order (built-in first). */
export function installedPacks(): Promise<InstalledPack[]> {
  cache ??= Promise.all(BUILTIN_PACK_FILES.map((file) => loadBuiltinPack(file, 'en'))).then((results) =>
    results.flatMap((result) => (result.ok ? [{ pack: result.pack, source: 'builtin' as const, enabled: true }] : [])),
  );
  return cache;
}
