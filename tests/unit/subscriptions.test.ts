import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applySubscriptionCheck, savePack } from '../../entrypoints/background/state/pack-writes';
import { fetchPack } from '../../utils/packs/pack-fetch';
import type { Pack } from '../../utils/packs/pack-schema';
import { checkSubscription } from '../../utils/packs/subscription-update';
import { tipStatesItem } from '../../utils/storage/local-items';
import { type StoredPack, storedPacksItem } from '../../utils/storage/pack-items';
import { samplePack } from './helpers/sample-pack';

/** A tiny static host: answers by URL, honours If-None-Match, can hang or stream too much. */
type Answer = { status?: number; body?: string | Uint8Array; etag?: string; hang?: boolean };
function fakeHost(answers: Record<string, Answer>) {
  const seen: { url: string; ifNoneMatch: string | null }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    seen.push({ url, ifNoneMatch: headers.get('if-none-match') });
    const answer = answers[url];
    if (!answer) throw new TypeError('Failed to fetch');
    if (answer.hang) {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    }
    if (answer.etag && headers.get('if-none-match') === answer.etag) return new Response(null, { status: 304 });
    return new Response((answer.body ?? null) as BodyInit | null, {
      status: answer.status ?? 200,
      headers: answer.etag ? { etag: answer.etag } : {},
    });
  }) as typeof fetch;
  return { impl, seen };
}

const URL_MAIN = 'https://packs.asso.fr/astuces.json';
const URL_MIRROR = 'https://miroir.asso.fr/astuces.json';
const withVersion = (version: string, tipIds = ['gmail-cci', 'drive-share']): Pack => {
  const pack = samplePack();
  return {
    ...pack,
    version,
    tips: pack.tips.map((tip, i) => ({ ...tip, id: tipIds[i] ?? tip.id })).slice(0, tipIds.length),
  };
};
const subscribed = (pack: Pack, extra: Partial<StoredPack['subscription']> = {}): StoredPack => ({
  pack,
  source: 'subscription',
  enabled: true,
  installedAt: 1,
  subscription: { url: URL_MAIN, mirrors: [URL_MIRROR], updatedAt: 1, etag: '"v1"', ...extra },
});

describe('subscription updates against a static host', () => {
  beforeEach(() => fakeBrowser.reset());

  it('installs a newer version and remembers its ETag', async () => {
    const host = fakeHost({ [URL_MAIN]: { body: JSON.stringify(withVersion('1.3.0')), etag: '"v2"' } });
    const next = await checkSubscription(subscribed(withVersion('1.2.0')), 'en', host.impl, 99);
    expect(next.pack.version).toBe('1.3.0');
    expect(next.subscription).toMatchObject({ etag: '"v2"', updatedAt: 99, checkedAt: 99, error: undefined });
    expect(host.seen[0]?.ifNoneMatch).toBe('"v1"');
  });

  it('treats 304 Not Modified as up to date, without downloading', async () => {
    const host = fakeHost({ [URL_MAIN]: { body: 'never read', etag: '"v1"' } });
    const before = subscribed(withVersion('1.2.0'));
    const next = await checkSubscription(before, 'en', host.impl, 50);
    expect(next.pack).toBe(before.pack);
    expect(next.subscription).toMatchObject({ checkedAt: 50, updatedAt: 1, error: undefined });
  });

  it.each([
    ['a 404', { status: 404 }, 'not-found'],
    ['a server error', { status: 503 }, 'http'],
    ['garbage', { body: '{"tips": [' }, 'not-pack'],
    ['a binary file', { body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) }, 'not-pack'],
    ['an oversized file', { body: 'x'.repeat(1024 * 1024 + 1) }, 'too-big'],
    [
      'an invalid new version',
      { body: JSON.stringify({ ...withVersion('2.0.0'), homepage: 'javascript:alert(1)' }) },
      'invalid',
    ],
    ['another pack', { body: JSON.stringify({ ...withVersion('2.0.0'), id: 'someone-else' }) }, 'other-pack'],
  ] as const)('keeps the last good version after %s', async (_, answer, code) => {
    const host = fakeHost({ [URL_MAIN]: answer, [URL_MIRROR]: answer });
    const before = subscribed(withVersion('1.2.0'));
    const next = await checkSubscription(before, 'fr', host.impl, 77);
    expect(next.pack).toBe(before.pack);
    expect(next.subscription?.error).toMatchObject({ code, at: 77 });
    expect(next.subscription?.updatedAt).toBe(1);
  });

  it('gives up after a timeout and says so', async () => {
    const host = fakeHost({ [URL_MAIN]: { hang: true } });
    const result = await fetchPack(URL_MAIN, { maxBytes: 1000, timeoutMs: 20, fetchImpl: host.impl });
    expect(result).toEqual({ status: 'error', code: 'timeout' });
  });

  it('falls back to a mirror when the main address is offline', async () => {
    const host = fakeHost({ [URL_MIRROR]: { body: JSON.stringify(withVersion('1.4.0')) } });
    const next = await checkSubscription(subscribed(withVersion('1.2.0')), 'en', host.impl, 5);
    expect(next.pack.version).toBe('1.4.0');
    expect(host.seen.map((s) => s.url)).toEqual([URL_MAIN, URL_MIRROR]);
    // The main address's ETag is not sent to the mirror.
    expect(host.seen[1]?.ifNoneMatch).toBeNull();
  });

  it('refuses plain http addresses without fetching', async () => {
    const host = fakeHost({});
    expect(await fetchPack('http://packs.asso.fr/a.json', { maxBytes: 10, fetchImpl: host.impl })).toMatchObject({
      status: 'error',
    });
    expect(host.seen).toEqual([]);
  });

  it('refuses a redirect to another site or to http, and keeps one on the same https site', async () => {
    // What a browser's fetch gives after following redirects: the address it ended on.
    const landingOn = (final: string) =>
      (async () => {
        const response = new Response(JSON.stringify(withVersion('2.0.0')), { status: 200 });
        Object.defineProperty(response, 'url', { value: final });
        Object.defineProperty(response, 'redirected', { value: final !== URL_MAIN });
        return response;
      }) as unknown as typeof fetch;
    const away = await fetchPack(URL_MAIN, {
      maxBytes: 100_000,
      fetchImpl: landingOn('https://pirate.example/p.json'),
    });
    expect(away).toEqual({ status: 'error', code: 'redirected', detail: 'https://pirate.example' });
    const http = await fetchPack(URL_MAIN, {
      maxBytes: 100_000,
      fetchImpl: landingOn('http://packs.asso.fr/astuces.json'),
    });
    expect(http).toEqual({ status: 'error', code: 'redirected', detail: 'http://packs.asso.fr' });
    const same = await fetchPack(URL_MAIN, {
      maxBytes: 100_000,
      fetchImpl: landingOn('https://packs.asso.fr/v2/astuces.json'),
    });
    expect(same.status).toBe('ok');
  });

  it('keeps "got it" for tips that stay, and forgets tips that disappear in the new version', async () => {
    await savePack(withVersion('1.2.0'), 'subscription', subscribed(withVersion('1.2.0')).subscription);
    await tipStatesItem.setValue({
      'asso-test/gmail-cci': { status: 'got-it', at: 1 },
      'asso-test/drive-share': { status: 'hidden', at: 1 },
      'declic-essentials/gmail-undo-send': { status: 'got-it', at: 1 },
    });
    const host = fakeHost({ [URL_MAIN]: { body: JSON.stringify(withVersion('1.3.0', ['gmail-cci'])) } });
    const [stored] = await storedPacksItem.getValue();
    await applySubscriptionCheck(await checkSubscription(stored!, 'en', host.impl));
    expect((await storedPacksItem.getValue())[0]?.pack.version).toBe('1.3.0');
    expect(await tipStatesItem.getValue()).toEqual({
      'asso-test/gmail-cci': { status: 'got-it', at: 1 },
      'declic-essentials/gmail-undo-send': { status: 'got-it', at: 1 },
    });
  });
});
