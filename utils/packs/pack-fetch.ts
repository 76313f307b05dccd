import type { UpdateErrorCode } from '../storage/pack-items';

/**
 * Downloads a pack: https only, at most `maxBytes` (reading stops past it), with a timeout and
 * conditional headers so an unchanged pack costs a 304. A redirect is kept only when it ends on
 * the same https site: one to another site or to http is refused (whoever controls the first
 * site's answer could otherwise hand over any file). Never throws.
 */
export type FetchResult =
  | { status: 'ok'; bytes: Uint8Array; etag?: string; lastModified?: string }
  | { status: 'not-modified' }
  | { status: 'error'; code: UpdateErrorCode; detail?: string };

export interface FetchOptions {
  etag?: string;
  lastModified?: string;
  maxBytes: number;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export async function fetchPack(url: string, options: FetchOptions): Promise<FetchResult> {
  if (!/^https:\/\//i.test(url)) return { status: 'error', code: 'invalid', detail: 'https' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    const response = await (options.fetchImpl ?? fetch)(url, {
      headers,
      signal: controller.signal,
      credentials: 'omit',
      redirect: 'follow',
      cache: 'no-cache',
    });
    const landed = redirectedAway(url, response.url);
    if (landed) {
      await response.body?.cancel().catch(() => undefined);
      return { status: 'error', code: 'redirected', detail: landed };
    }
    if (response.status === 304) return { status: 'not-modified' };
    if (response.status === 404 || response.status === 410) return { status: 'error', code: 'not-found' };
    if (!response.ok) return { status: 'error', code: 'http', detail: String(response.status) };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > options.maxBytes) return { status: 'error', code: 'too-big' };
    const bytes = await readCapped(response, options.maxBytes);
    if (!bytes) return { status: 'error', code: 'too-big' };
    return {
      status: 'ok',
      bytes,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
  } catch {
    return { status: 'error', code: controller.signal.aborted ? 'timeout' : 'offline' };
  } finally {
    clearTimeout(timer);
  }
}

/** The site a redirect ended on when it is not the asked https site, else null. */
function redirectedAway(asked: string, landed: string): string | null {
  if (!landed || landed === asked) return null;
  const to = new URL(landed);
  if (to.protocol === 'https:' && to.origin === new URL(asked).origin) return null;
  return `${to.protocol}//${to.host}`;
}

/** Reads the body, giving up (null) as soon as it grows past the limit. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
