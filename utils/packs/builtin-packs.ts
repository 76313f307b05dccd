import { associationConfig, extensionFileUrl } from '../association/association-config';
import { type InstalledPack, mergeInstalled } from './installed-packs';
import type { Pack } from './pack-schema';

/** Built-in packs ship as files under /packs (assembled by the build from packs/) and go through the same loader as imports. */
export const BUILTIN_PACK_FILES = ['/packs/declic-essentials.json', '/packs/declic-vie-asso.json'] as const;

/** Déclic's own packs: never replaced by an import, never removed. */
export const BUILTIN_IDS = ['declic-essentials', 'declic-vie-asso'];

/**
 * A shipped pack (see shipped-pack.ts: checked at build time), or null when the file is missing or
 * damaged (it is then left out).
 */
export async function loadBuiltinPack(file: string): Promise<Pack | null> {
  try {
    const data = JSON.parse(await (await fetch(extensionFileUrl(file))).text()) as Pack;
    return typeof data?.id === 'string' && Array.isArray(data.tips) ? data : null;
  } catch {
    return null;
  }
}

let builtins: Promise<Pack[]> | undefined;

/** The packs shipped with Déclic, and an association build's own, validated once per extension start. */
export function builtinPacks(): Promise<Pack[]> {
  builtins ??= associationConfig()
    .then((association) =>
      Promise.all([...BUILTIN_PACK_FILES, ...(association?.packFiles ?? [])].map((file) => loadBuiltinPack(file))),
    )
    .then((results) => results.flatMap((pack) => (pack ? [pack] : [])));
  return builtins;
}

/** Every pack the volunteer has, built-in and installed, in the order the coach uses. */
export async function installedPacks(): Promise<InstalledPack[]> {
  return mergeInstalled(await builtinPacks());
}
