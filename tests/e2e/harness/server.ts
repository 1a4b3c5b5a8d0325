/**
 * One local HTTPS server for every replica site. The browser resolves the real host
 * names (x.com, …) to it (--host-resolver-rules), so the production extension runs
 * on https://x.com/ exactly as it will for users. The certificate is a throwaway
 * self-signed one made per run; the browser context ignores HTTPS errors.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { generate } from 'selfsigned';
import { DIST_DIR, HOSTS } from './fixtures';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  port: number;
  /** Chromium flag value mapping every replica host to this server. */
  hostResolverRules: string;
  close(): Promise<void>;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const hosts = Object.keys(HOSTS).flatMap((h) => [h, `www.${h}`]);
  const pems = await generate([{ name: 'commonName', value: 'askfirst.test' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) }],
  });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!.replace(/^www\./, '');
    const site = HOSTS[host];
    if (!site) {
      res.writeHead(404).end('unknown host');
      return;
    }
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const file = TYPES[extname(path)] ? normalize(path).replace(/^(\.\.[/\\])+/, '') : '/index.html';
    try {
      const body = await readFile(join(DIST_DIR, site, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)]!, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    hostResolverRules: hosts.map((h) => `MAP ${h} 127.0.0.1:${actual}`).join(', '),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
