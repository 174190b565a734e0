/**
 * Serves dist/ on 127.0.0.1 for tests that need HTTP (link crawling, the browser), the way
 * a static host would: directory URLs get index.html, unknown paths get 404.html.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { DIST, requireDist } from './dist.ts';

export interface DistServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` (the project's dist/ by default). */
export async function serveDist(dir = DIST): Promise<DistServer> {
  if (dir === DIST) requireDist();
  const files = sirv(dir, { dev: false, etag: false });
  const notFound = readFileSync(path.join(dir, '404.html'));
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server did not get a port.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
