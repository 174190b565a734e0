/**
 * A static server for the browser and Lighthouse sections, bound to 127.0.0.1. It compresses
 * text with gzip as a static host does, so the transfer sizes the browser reports, and
 * Lighthouse's view of the site, are what a reader would get (sirv only serves precompressed
 * files, and the built sites have none).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { StaticServer } from './types.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
/** Pagefind's index files and wasm are gzip already; everything else here is text. */
const COMPRESS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

export async function serveSite(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const gzCache = new Map<string, Buffer>();
  const resolveFile = (urlPath: string): string | undefined => {
    let rel: string;
    try {
      rel = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    const file = path.join(root, rel);
    if (!file.startsWith(root)) return undefined; // no way out of the site folder
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = path.join(file, 'index.html');
    if (existsSync(index)) return index;
    if (!path.extname(file) && existsSync(`${file}.html`)) return `${file}.html`;
    return undefined;
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // A folder without its trailing slash redirects, as static hosts do.
    if (
      !url.pathname.endsWith('/') &&
      !path.extname(url.pathname) &&
      existsSync(path.join(root, decodeURIComponent(url.pathname), 'index.html'))
    ) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    const file = resolveFile(url.pathname);
    const status = file ? 200 : 404;
    const target =
      file ?? (existsSync(path.join(root, '404.html')) ? path.join(root, '404.html') : undefined);
    const ext = target ? path.extname(target) : '.txt';
    let body: Buffer = target ? readFileSync(target) : Buffer.from('Not found');
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=600',
    };
    if (COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = target ?? '';
      body = gzCache.get(key) ?? gzipSync(body, { level: 6 });
      gzCache.set(key, body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string')
    throw new Error('bench: the static server did not get a port.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
