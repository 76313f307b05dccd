import { existsSync } from 'node:fs';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { type FixtureServer, SITES_DIR } from './https-server';
import { examplePages } from './tool-examples';

/**
 * Firefox has no host-resolver rules: it is pointed at this proxy instead, which takes every
 * `CONNECT <fixture host>:443` to the local HTTPS fixture server, so https://mail.google.com/...
 * loads tests/e2e/sites/mail.google.com/... Anything else (another host, another port, plain
 * HTTP) is refused: nothing leaves the machine.
 */
export interface ConnectProxy {
  port: number;
  /** Hosts Firefox asked for that are not fixtures (its own services): refused, kept for reports. */
  refused: Set<string>;
  close(): Promise<void>;
}

/** The host names the fixture server answers for: a folder of sites/, a tool example, a generated page. */
export function fixtureHosts(server: FixtureServer): (host: string) => boolean {
  const examples = new Set([...examplePages().keys()].map((key) => key.split('/')[0]));
  return (host) =>
    existsSync(join(SITES_DIR, host)) ||
    examples.has(host) ||
    [...server.pages.keys()].some((key) => key.startsWith(`${host}/`));
}

export async function startConnectProxy(fixturePort: number, serves: (host: string) => boolean): Promise<ConnectProxy> {
  const refused = new Set<string>();
  const sockets = new Set<Socket>();
  const proxy: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      client.off('data', onData);
      const [, host, port] = /^CONNECT \[?([^\s\]]+?)\]?:(\d+) HTTP\/1\.[01]\r\n/.exec(head.toString('latin1')) ?? [];
      if (!host || port !== '443' || !serves(host.toLowerCase())) {
        refused.add(host ? `${host}:${port}` : head.toString('latin1').split(' ', 2).join(' '));
        client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(fixturePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        // Bytes sent right after the request (an eager TLS hello) belong to the tunnel.
        if (head.length > end + 4) upstream.write(head.subarray(end + 4));
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
