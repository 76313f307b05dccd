import type { Lang } from '../i18n';
import type { StoredPack, Subscription } from '../storage/pack-items';
import { fetchPack } from './pack-fetch';
import { MAX_PACK_BYTES, parsePackBytes } from './pack-loader';

/**
 * One update of a subscribed pack: the address, then each mirror, until one answers. On any
 * failure the last good version stays as it is and the error is recorded for the user.
 */
export async function checkSubscription(
  entry: StoredPack,
  lang: Lang,
  fetchImpl?: typeof fetch,
  now = Date.now(),
  /** A first download (a pack the association's policy installs): whatever its id. */
  firstDownload = false,
): Promise<StoredPack> {
  const subscription = entry.subscription;
  if (!subscription) return entry;
  let lastError: Subscription['error'] = { code: 'offline', at: now };
  for (const url of [subscription.url, ...subscription.mirrors]) {
    const primary = url === subscription.url;
    const result = await fetchPack(url, {
      maxBytes: MAX_PACK_BYTES,
      fetchImpl,
      // Validators only make sense for the address they came from.
      etag: primary ? subscription.etag : undefined,
      lastModified: primary ? subscription.lastModified : undefined,
    });
    if (result.status === 'not-modified') {
      return { ...entry, subscription: { ...subscription, checkedAt: now, error: undefined } };
    }
    if (result.status === 'error') {
      lastError = { code: result.code, at: now, detail: result.detail };
      continue;
    }
    const parsed = parsePackBytes(result.bytes, lang);
    if (!parsed.ok) {
      lastError = { code: parsed.kind === 'schema' ? 'invalid' : 'not-pack', at: now, detail: parsed.errors[0] };
      continue;
    }
    if (!firstDownload && parsed.pack.id !== entry.pack.id) {
      lastError = { code: 'other-pack', at: now, detail: parsed.pack.id };
      continue;
    }
    return {
      ...entry,
      pack: parsed.pack,
      subscription: {
        ...subscription,
        etag: primary ? result.etag : subscription.etag,
        lastModified: primary ? result.lastModified : subscription.lastModified,
        checkedAt: now,
        updatedAt: now,
        error: undefined,
      },
    };
  }
  return { ...entry, subscription: { ...subscription, checkedAt: now, error: lastError } };
}
