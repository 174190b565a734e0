/**
 * The environment a developer's shell would give a child build or dev server. Vitest exports
 * Vite's variables (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test) into process.env, and an
 * Astro process started from a test would read them as its own. The component tests load the
 * Astro config through getViteConfig, which adds its `import.meta.env` values too (SITE,
 * ASSETS_PREFIX): a child build would take those over its own config.
 */
export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|SITE|ASSETS_PREFIX)$/.test(k),
    ),
  );
  return { ...env, ...extra };
}
