import { storage } from 'wxt/utils/storage';
import type { Pack } from '../packs/pack-schema';

/**
 * Installed packs beyond the built-in ones. Only zod's output is ever stored (never the raw
 * JSON). Layers, lowest first: built-in < subscribed < the volunteer's own file; a higher
 * layer comes first in the coach unless the volunteer reorders.
 */
export type PackSource = 'builtin' | 'subscription' | 'file';

export type UpdateErrorCode =
  | 'offline'
  | 'timeout'
  | 'not-found'
  | 'http'
  | 'too-big'
  | 'redirected'
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

export const storedPacksItem = storage.defineItem<StoredPack[]>('local:packs', { fallback: [], version: 1 });

/** On/off for built-in packs, which are files of the extension and not stored. */
export const builtinPrefsItem = storage.defineItem<Record<string, { enabled: boolean }>>('local:builtinPackPrefs', {
  fallback: {},
});

/** The volunteer's own order of pack ids, when they changed it. */
export const packOrderItem = storage.defineItem<string[]>('local:packOrder', { fallback: [] });
