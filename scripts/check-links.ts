/**
 * `npm run check:links`: checks the external links of the built site over the network and
 * lists dead ones. Never part of CI (its result depends on other people's servers); run it
 * after `npm run build` now and then.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { LinkChecker } from 'linkinator';

const dist = path.resolve('dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}
const files = sirv(dist, { dev: false });
const server = createServer((req, res) =>
  files(req, res, () => {
    res.writeHead(404).end();
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };
const origin = `http://127.0.0.1:${port}`;
try {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${origin}/`,
    recurse: true,
    concurrency: 8,
    timeout: 20_000,
    retry: true,
    // Crawl only this site; check, but do not crawl, the links that leave it.
    linksToSkip: async (link) => link.startsWith('http://localhost'),
  });
  const dead = result.links.filter((l) => l.state === 'BROKEN' && !l.url.startsWith(origin));
  const external = new Set(result.links.filter((l) => !l.url.startsWith(origin)).map((l) => l.url)).size;
  for (const l of dead)
    console.log(`${l.status || 'no answer'}  ${l.url}\n      on ${l.parent?.replace(origin, '')}`);
  console.log(`\n${external} external links checked, ${dead.length} dead.`);
  process.exitCode = dead.length ? 1 : 0;
} finally {
  server.close();
}
