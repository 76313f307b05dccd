import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { documentFor, examplePages, pageKey } from './tool-examples';

/**
 * Serves the fixture sites over HTTPS on 127.0.0.1. Chromium maps every host name to it
 * (see browser.ts), so https://mail.google.com/... loads tests/e2e/sites/mail.google.com/...
 * and the extension's real content-script matches apply. Nothing leaves the machine.
 */
export const SITES_DIR = join(import.meta.dirname, '..', 'sites');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'declic-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=declic-test',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** `/wp-admin/` → `<host>/wp-admin/index.html`; paths cannot climb out of the host folder. */
export function fileFor(host: string, pathname: string): string | null {
  const hostDir = join(SITES_DIR, host.replace(/:\d+$/, ''));
  const path = normalize(join(hostDir, decodeURIComponent(pathname)));
  if (!path.startsWith(hostDir)) return null;
  for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export interface FixtureServer {
  port: number;
  /** Generated documents by host + path; tests may change them while the server runs. */
  pages: Map<string, string>;
  /** Redirects by host + path (a 302 to the address given); tests may add them while it runs. */
  redirects: Map<string, string>;
  close(): Promise<void>;
}

/** `extraPages`: generated documents keyed by host + path (the benchmark's heavy pages). */
export async function startFixtureServer(extraPages = new Map<string, string>()): Promise<FixtureServer> {
  const examples = examplePages();
  const redirects = new Map<string, string>();
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const moved = redirects.get(`${url.host}${url.pathname}`);
    if (moved !== undefined) {
      res.writeHead(302, { location: moved, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      res.end();
      return;
    }
    const generated = extraPages.get(`${url.host}${url.pathname}`);
    if (generated !== undefined) {
      // Like a static host serving a pack: JSON, an ETag for conditional requests, open CORS.
      const etag = `"${createHash('sha1').update(generated).digest('hex').slice(0, 16)}"`;
      const json = url.pathname.endsWith('.json');
      const headers = {
        'content-type': json ? 'application/json' : 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
        etag,
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      res.writeHead(200, headers);
      res.end(generated);
      return;
    }
    const file = fileFor(url.host, url.pathname);
    const example = file ? undefined : examples.get(pageKey(url.href));
    if (example) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(documentFor(example));
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
      res.end(
        '<!doctype html><title>404 Not Found</title><h1>Not Found</h1><p>The requested URL was not found on this server.</p>',
      );
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pages: extraPages,
    redirects,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
