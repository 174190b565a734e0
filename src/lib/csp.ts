/**
 * Content-Security-Policy for the static site: scripts only from this site, inline scripts
 * only by hash (no 'unsafe-inline'), Pagefind's WebAssembly allowed, nothing framed, no
 * plug-ins. Applied after the build to every page as a <meta> tag, and written to _headers
 * for hosts that read one (with the directives a meta tag cannot carry).
 */
import { createHash } from 'node:crypto';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** Inline scripts and styles of a page, as the browser hashes them (the exact text). */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((m) => hash(m[1]!));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
  return { scripts: [...new Set(scripts)].sort(), styles: [...new Set(styles)].sort() };
}

export function policy(
  { scripts, styles }: { scripts: string[]; styles: string[] },
  forHeader = false,
): string {
  const directives = [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine; no eval of JavaScript is allowed.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Puts the page's policy right after the charset, before anything it governs. */
export function withCspMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineHashes(html))}">`;
  return /<meta charset="[^"]*">/.test(html)
    ? html.replace(/<meta charset="[^"]*">/, (m) => `${m}${meta}`)
    : html.replace(/<head>/, `<head>${meta}`);
}

/** The hashes a finished page's policy (withCspMeta) allows, read back from its meta tag. */
export function policyHashes(html: string): { scripts: string[]; styles: string[] } | undefined {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  if (content === undefined) return undefined;
  const hashesOf = (directive: string) =>
    (content.split('; ').find((d) => d.startsWith(`${directive} `)) ?? '')
      .split(' ')
      .filter((t) => t.startsWith("'sha256-"));
  return { scripts: hashesOf('script-src'), styles: hashesOf('style-src') };
}

/**
 * A _headers file (Netlify, Cloudflare Pages and others) with one policy for every page, from
 * the inline hashes of all pages (collected page by page, so no page is kept in memory).
 */
export function headersFile(hashes: { scripts: Iterable<string>; styles: Iterable<string> }): string {
  const all = { scripts: new Set(hashes.scripts), styles: new Set(hashes.styles) };
  const csp = policy({ scripts: [...all.scripts].sort(), styles: [...all.styles].sort() }, true);
  return [
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '',
  ].join('\n');
}
