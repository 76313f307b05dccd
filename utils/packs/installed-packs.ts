import {
  builtinPrefsItem,
  type PackSource,
  packOrderItem,
  type Subscription,
  storedPacksItem,
} from '../storage/pack-items';
import type { Pack } from './pack-schema';

/** A pack as the coach and the options page see it, whatever its source. */
export interface InstalledPack {
  pack: Pack;
  source: PackSource;
  enabled: boolean;
  subscription?: Subscription;
  managed?: boolean;
}

/** Higher layers come first unless the volunteer reordered: their own file, then subscribed, then built-in. */
export const LAYER: Record<PackSource, number> = { builtin: 0, subscription: 1, file: 2 };

export function orderPacks(packs: InstalledPack[], order: readonly string[]): InstalledPack[] {
  const rank = (p: InstalledPack) => {
    const i = order.indexOf(p.pack.id);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...packs].sort((a, b) => rank(a) - rank(b) || LAYER[b.source] - LAYER[a.source]);
}

/** The built-in packs with the stored ones, in the order the coach uses. */
export async function mergeInstalled(builtins: readonly Pack[]): Promise<InstalledPack[]> {
  const [stored, prefs, order] = await Promise.all([
    storedPacksItem.getValue(),
    builtinPrefsItem.getValue(),
    packOrderItem.getValue(),
  ]);
  const all: InstalledPack[] = [
    ...builtins.map((pack) => ({ pack, source: 'builtin' as const, enabled: prefs[pack.id]?.enabled ?? true })),
    ...stored.map(({ pack, source, enabled, subscription, managed }) => ({
      pack,
      source,
      enabled,
      subscription,
      managed,
    })),
  ];
  return orderPacks(all, order);
}
