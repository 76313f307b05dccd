import { associationConfig, extensionFileUrl } from '../association/association-config';
import type { Lang } from '../i18n';
import { type InstalledPack, mergeInstalled } from './installed-packs';
import { type PackLoadResult, parsePackText } from './pack-loader';
import type { Pack } from './pack-schema';

/** Built-in packs ship as files under /packs (assembled by the build from packs/) and go through the same loader as imports. */
export const BUILTIN_PACK_FILES = ['/packs/declic-essentials.json'] as const;

/** Déclic's own packs: never replaced by an import, never removed. */
export const BUILTIN_IDS = ['declic-essentials'];

export async function loadBuiltinPack(file: string, lang: Lang): Promise<PackLoadResult> {
  const response = await fetch(extensionFileUrl(file));
  return parsePackText(await response.text(), lang);
}

let builtins: Promise<Pack[]> | undefined;

/** The packs shipped with Déclic, and an association build's own, validated once per extension start. */
export function builtinPacks(): Promise<Pack[]> {
  builtins ??= associationConfig()
    .then((association) =>
      Promise.all(
        [...BUILTIN_PACK_FILES, ...(association?.packFiles ?? [])].map((file) => loadBuiltinPack(file, 'en')),
      ),
    )
    .then((results) => results.flatMap((result) => (result.ok ? [result.pack] : [])));
  return builtins;
}

/** Every pack the volunteer has, built-in and installed, in the order the coach uses. */
export async function installedPacks(): Promise<InstalledPack[]> {
  return mergeInstalled(await builtinPacks());
}
