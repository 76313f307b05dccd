import { storage } from 'wxt/utils/storage';
import { serial } from '../serial';
import { tipStatesItem } from '../storage-items';
import type { Pack } from './pack-schema';

/**
 * Installed packs beyond the built-in ones, in extension storage. Only zod's output is ever
 * stored (never the raw JSON). Layers, lowest first: built-in < subscribed < the user's own
 * (< admin-managed, later); a higher layer comes first in the coach unless the user reorders.
 */
export type PackSource = 'builtin' | 'subscription' | 'file';
export const LAYER: Record<PackSource, number> = { builtin: 0, subscription: 1, file: 2 };

export type UpdateErrorCode =
  | 'offline'
  | 'timeout'
  | 'not-found'
  | 'http'
  | 'too-big'
  | 'not-pack'
  | 'invalid'
  | 'other-pack';

export interface Subscription {
  url: string;
  mirrors: string[];
  etag?: string;
  lastModified?: string;
  checkedAt?: number;
  /** When a new version was last downloaded (or first installed). */
  updatedAt: number;
  error?: { code: UpdateErrorCode; at: number; detail?: string };
}

export interface StoredPack {
  pack: Pack;
  source: 'subscription' | 'file';
  enabled: boolean;
  installedAt: number;
  subscription?: Subscription;
  /** Installed by the association's policy: volunteers cannot remove it. */
  managed?: boolean;
}

export interface InstalledPack {
  pack: Pack;
  source: PackSource;
  enabled: boolean;
  subscription?: Subscription;
  managed?: boolean;
}

export const storedPacksItem = storage.defineItem<StoredPack[]>('local:packs', { fallback: [], version: 1 });
/** On/off for built-in packs, which are files of the extension and not stored. */
export const builtinPrefsItem = storage.defineItem<Record<string, { enabled: boolean }>>('local:builtinPackPrefs', {
  fallback: {},
});
/** The user's own order of pack ids, when they changed it. */
export const packOrderItem = storage.defineItem<string[]>('local:packOrder', { fallback: [] });

const queue = serial();

export function orderPacks(packs: InstalledPack[], order: readonly string[]): InstalledPack[] {
  const rank = (p: InstalledPack) => {
    const i = order.indexOf(p.pack.id);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...packs].sort((a, b) => rank(a) - rank(b) || LAYER[b.source] - LAYER[a.source]);
}

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

/** Forgets "got it / hidden" for items that are gone (null: the whole pack is gone). */
async function cleanTipStates(packId: string, keep: ReadonlySet<string> | null): Promise<void> {
  const states = await tipStatesItem.getValue();
  const next = Object.fromEntries(
    Object.entries(states).filter(([key]) => {
      const [pack, tip] = key.split('/');
      return pack !== packId || (keep !== null && tip !== undefined && keep.has(tip));
    }),
  );
  if (Object.keys(next).length !== Object.keys(states).length) await tipStatesItem.setValue(next);
}

/** Installs a validated pack, or updates it in place (same id): its user state is kept. */
export function savePack(
  pack: Pack,
  source: StoredPack['source'],
  subscription?: Subscription,
  managed?: boolean,
): Promise<{ replacedVersion?: string }> {
  return queue(async () => {
    const stored = await storedPacksItem.getValue();
    const index = stored.findIndex((entry) => entry.pack.id === pack.id);
    const previous = stored[index];
    const entry: StoredPack = {
      pack,
      source,
      enabled: previous?.enabled ?? true,
      installedAt: previous?.installedAt ?? Date.now(),
      subscription: subscription ?? (source === 'subscription' ? previous?.subscription : undefined),
      managed: managed ?? previous?.managed,
    };
    const next = [...stored];
    if (index === -1) next.push(entry);
    else next[index] = entry;
    await storedPacksItem.setValue(next);
    await cleanTipStates(pack.id, new Set(pack.tips.map((tip) => tip.id)));
    return { replacedVersion: previous?.pack.version };
  });
}

export function updateStoredPack(id: string, change: (entry: StoredPack) => StoredPack): Promise<void> {
  return queue(async () => {
    const stored = await storedPacksItem.getValue();
    await storedPacksItem.setValue(stored.map((entry) => (entry.pack.id === id ? change(entry) : entry)));
  });
}

export function removePack(id: string): Promise<void> {
  return queue(async () => {
    await storedPacksItem.setValue((await storedPacksItem.getValue()).filter((entry) => entry.pack.id !== id));
    await packOrderItem.setValue((await packOrderItem.getValue()).filter((entry) => entry !== id));
    await cleanTipStates(id, null);
  });
}

export async function setPackEnabled(id: string, source: PackSource, enabled: boolean): Promise<void> {
  if (source === 'builtin') {
    await queue(async () => builtinPrefsItem.setValue({ ...(await builtinPrefsItem.getValue()), [id]: { enabled } }));
  } else {
    await updateStoredPack(id, (entry) => ({ ...entry, enabled }));
  }
}

/** Moves a pack one place up (-1) or down (+1) in the list the user sees. */
export async function movePack(current: readonly InstalledPack[], id: string, delta: -1 | 1): Promise<void> {
  const ids = current.map((p) => p.pack.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= ids.length) return;
  ids.splice(from, 1);
  ids.splice(to, 0, id);
  await packOrderItem.setValue(ids);
}

/** Saves what a subscription check found: a new version replaces the pack, an error is only noted. */
export function applySubscriptionCheck(result: StoredPack): Promise<void> {
  return queue(async () => {
    const stored = await storedPacksItem.getValue();
    const current = stored.find((entry) => entry.pack.id === result.pack.id);
    if (current?.source !== 'subscription') return;
    // Objects read from storage are never identical: a new version is told by its download time.
    const changed = result.subscription?.updatedAt !== current.subscription?.updatedAt;
    await storedPacksItem.setValue(
      stored.map((entry) =>
        entry === current ? { ...current, pack: result.pack, subscription: result.subscription } : entry,
      ),
    );
    if (changed) await cleanTipStates(result.pack.id, new Set(result.pack.tips.map((tip) => tip.id)));
  });
}
