/// <reference types="astro/client" />

/** URLs of the search bundles, from src/integrations/search-client.ts. */
declare module 'virtual:search-client' {
  const client: { quick: string; page: string; pageModules: string[] };
  export default client;
}
