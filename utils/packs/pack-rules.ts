import type { Policy } from '../policy/policy-schema';
import { BUILTIN_IDS } from './builtin-packs';
import type { InstalledPack } from './installed-packs';

/**
 * Whether a pack may be installed, kept up to date or removed: the one place these rules live.
 * The options page asks them to show what is possible; the background asks them again before
 * writing anything. A refusal is an i18n key with its words.
 */
export type Refusal =
  | { key: 'packs.error.builtin-id'; vars: { id: string } }
  | { key: 'packs.locked-import' }
  | {
      key: 'packs.error.source';
      vars: { list: string };
    };

/** Whether an address is one the association allows packs from (any https one when it set none). */
export function sourceAllowed(url: string, policy: Policy): boolean {
  const allowed = policy.allowedPackSources;
  return !allowed || allowed.some((prefix) => url.startsWith(prefix));
}

/** A volunteer installs a pack (from a file, or from an address it will be kept up to date from). */
export function installRefusal(
  id: string,
  from: { url?: string },
  policy: Policy,
  installed: readonly InstalledPack[],
): Refusal | null {
  if (policy.allowUserPacks === false) return { key: 'packs.locked-import' };
  // Déclic's own packs and the association build's are never shadowed by an import.
  if (BUILTIN_IDS.includes(id) || installed.some((p) => p.source === 'builtin' && p.pack.id === id)) {
    return { key: 'packs.error.builtin-id', vars: { id } };
  }
  if (from.url && !sourceAllowed(from.url, policy)) {
    return { key: 'packs.error.source', vars: { list: policy.allowedPackSources?.join(', ') ?? '' } };
  }
  return null;
}

/** Only the volunteer's own packs can go: not built-in ones, not the association's. */
export function mayRemove(entry: InstalledPack, policy: Policy): boolean {
  return entry.source !== 'builtin' && !entry.managed && policy.allowUserPacks !== false;
}

/** A built-in pack that is not Déclic's own comes from the association's build. */
export function fromAssociation(entry: InstalledPack): boolean {
  return !!entry.managed || (entry.source === 'builtin' && !BUILTIN_IDS.includes(entry.pack.id));
}
