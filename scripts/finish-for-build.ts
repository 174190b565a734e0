/**
 * What the build checks and adds once Astro is done, in a process of its own (started by
 * scripts/build.ts beside scripts/search-input-for-build.ts, each on a core): the headers file
 * and the integrity check. Both read every page; at 10,000 sessions this process grows to about
 * 570 MB, which Node keeps after its garbage is collected and which would otherwise sit beside
 * each Pagefind run. Prints the broken links, or what else stopped it, and exits 1.
 */
import { parseArgs } from 'node:util';
import { deployment } from '../src/deploy.ts';
import { checkIntegrity } from '../src/lib/integrity.ts';
import { writeHeaders } from '../src/lib/post-build.ts';

const { values } = parseArgs({ options: { site: { type: 'string' } } });
if (!values.site) {
  console.error('Usage: node scripts/finish-for-build.ts --site <folder>');
  process.exit(2);
}
try {
  writeHeaders(values.site);
  const problems = checkIntegrity(values.site, deployment.base);
  if (problems.length) {
    console.error(
      `The built site has ${problems.length} broken link(s) or unreachable page(s):\n${problems
        .slice(0, 20)
        .map((p) => `  ${p.page}: ${p.message}`)
        .join('\n')}`,
    );
    process.exit(1);
  }
} catch (error) {
  // As the build reports its own failures: the message, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
