/**
 * Serves a built site (dist/) on loopback, as a plain web server would: directory index pages,
 * the site's own 404 pages (English ones under /en/), the right content types for the search
 * index (.pf_*, .pagefind, .wasm) and the manifest, and the site under its base path. The PDF step
 * reads the book pages through it; the tests and `npm run serve` use it too. Nothing leaves the
 * machine.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
// The same content types as the generated server settings.
import { contentType } from '../lib/server-config/policy.ts';

export interface StaticServer {
  /** http://127.0.0.1:<port> (without the base path). */
  origin: string;
  /** origin + base path, e.g. http://127.0.0.1:4321/handbook/ */
  url: string;
  close(): Promise<void>;
}

/** The file a request path maps to, or undefined (outside the folder, or missing). */
function fileFor(root: string, relPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return undefined;
  }
  const target = resolve(root, `.${normalize(`/${decoded}`)}`);
  if (!target.startsWith(root)) return undefined;
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = join(target, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Text types a web host compresses on the way out (Pagefind's own files are gzip already). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml))/;

export interface ServeOptions {
  port?: number;
  base?: string;
  host?: string;
  /**
   * Behave like the hosts the handbook is published on (public/_headers): gzip text for clients
   * that accept it, and let browsers keep the fingerprinted files under _astro/. The search
   * benchmark uses this, so that it measures what a reader's phone would really transfer.
   */
  compress?: boolean;
}

export async function serveStatic(
  dir: string,
  { port = 0, base = '/', host = '127.0.0.1', compress = false }: ServeOptions = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith(base) && `${path}/` !== base) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not under the site base.');
      return;
    }
    const rel = path.slice(base.length - 1);
    // A folder without its trailing slash redirects, as Apache and nginx do.
    if (!rel.endsWith('/') && !extname(rel) && existsSync(join(root, rel, 'index.html'))) {
      res.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const file = fileFor(root, rel);
    const status = file ? 200 : 404;
    const body =
      file ?? [join(root, rel.startsWith('/en/') ? 'en/404.html' : '404.html'), join(root, '404.html')].find((f) => existsSync(f));
    const headers: Record<string, string> = { 'content-type': body ? contentType(body) : 'text/plain; charset=utf-8' };
    if (body?.endsWith('sw.js')) headers['service-worker-allowed'] = base;
    const gzip =
      compress &&
      body !== undefined &&
      COMPRESSIBLE.test(headers['content-type'] ?? '') &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (compress && file && rel.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    if (gzip) {
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD' || !body) res.end(body ? undefined : 'Not found');
    else if (gzip) createReadStream(body).pipe(createGzip()).pipe(res);
    else createReadStream(body).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const actual = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${actual}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
