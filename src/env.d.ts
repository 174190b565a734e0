/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** URLs of the search bundles, set by src/integrations/search-client.ts. */
  readonly SEARCH_CLIENT: { quick: string; page: string; pageModules: string[] };
}
