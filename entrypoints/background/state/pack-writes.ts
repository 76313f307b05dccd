import { builtinPacks } from '../../../utils/packs/builtin-packs';
import { mergeInstalled } from '../../../utils/packs/installed-packs';
import type { Pack } from '../../../utils/packs/pack-schema';
import { tipStatesItem } from '../../../utils/storage/local-items';
import {
  builtinPrefsItem,
  type PackSource,
  packOrderItem,
  type StoredPack,
  type Subscription,
  storedPacksItem,
} from '../../../utils/storage/pack-items';
import { write } from './write-queue';

/** Forgets "got it / hidden" for items that are gone (null: the whole pack is gone). Unqueued: call inside a step. */
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

const tipIds = (pack: Pack) => new Set(pack.tips.map((tip) => tip.id));

/** Installs a validated pack, or updates it in place (same id): its volunteer state is kept. */
export function savePack(
  pack: Pack,
  source: StoredPack['source'],
  subscription?: Subscription,
  managed?: boolean,
): Promise<{ replacedVersion?: string }> {
  return write(async () => {
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
    await cleanTipStates(pack.id, tipIds(pack));
    return { replacedVersion: previous?.pack.version };
  });
}

export function updateStoredPack(id: string, change: (entry: StoredPack) => StoredPack): Promise<void> {
  return write(async () => {
    const stored = await storedPacksItem.getValue();
    await storedPacksItem.setValue(stored.map((entry) => (entry.pack.id === id ? change(entry) : entry)));
  });
}

export function removePack(id: string): Promise<void> {
  return write(async () => {
    await storedPacksItem.setValue((await storedPacksItem.getValue()).filter((entry) => entry.pack.id !== id));
    await packOrderItem.setValue((await packOrderItem.getValue()).filter((entry) => entry !== id));
    await cleanTipStates(id, null);
  });
}

export function setPackEnabled(id: string, source: PackSource, enabled: boolean): Promise<void> {
  if (source !== 'builtin') return updateStoredPack(id, (entry) => ({ ...entry, enabled }));
  return write(async () => builtinPrefsItem.setValue({ ...(await builtinPrefsItem.getValue()), [id]: { enabled } }));
}

/** Moves a pack one place up (-1) or down (+1) in the list the volunteer sees. */
export function movePack(id: string, delta: -1 | 1, builtins: () => Promise<Pack[]> = builtinPacks): Promise<void> {
  return write(async () => {
    const ids = (await mergeInstalled(await builtins())).map((p) => p.pack.id);
    const from = ids.indexOf(id);
    const to = from + delta;
    if (from === -1 || to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, id);
    await packOrderItem.setValue(ids);
  });
}

/** Saves what a subscription check found: a new version replaces the pack, an error is only noted. */
export function applySubscriptionCheck(result: StoredPack): Promise<void> {
  return write(async () => {
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
    if (changed) await cleanTipStates(result.pack.id, tipIds(result.pack));
  });
}
