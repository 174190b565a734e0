/**
 * The environment a developer's shell would give a child build or dev server. Vitest exports
 * Vite's variables (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test) into process.env, and an
 * Astro process started from a test would read them as its own.
 */
export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k),
    ),
  );
  return { ...env, ...extra };
}
