import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/content';
import { API_RESOURCES, apiDocument, apiJsonSchema, type ApiResource } from '../../lib/api';
import { siteBase } from '../../lib/urls';

/** /api/sessions.json and /api/sessions.schema.json, likewise outcomes and topics. */
export const getStaticPaths = () =>
  API_RESOURCES.flatMap((r) => [{ params: { resource: r } }, { params: { resource: `${r}.schema` } }]);

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.resource!;
  const body = name.endsWith('.schema')
    ? apiJsonSchema(name.replace(/\.schema$/, '') as ApiResource)
    : apiDocument(await getArchive(), name as ApiResource, site!.href, siteBase);
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
