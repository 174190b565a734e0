/**
 * Content collections: which files under content/ form each collection and which schema
 * they obey. Schemas live in src/schemas.ts so the check script and tests use them too;
 * folders and patterns live in src/lib/collections.ts for the same reason.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas } from './schemas.ts';
import { COLLECTIONS, CONTENT_DIR, entryId, type CollectionKey } from './lib/collections.ts';

const s = makeSchemas(reference);

const collection = <K extends CollectionKey>(key: K) =>
  defineCollection({
    loader: glob({
      base: `./${CONTENT_DIR}/${COLLECTIONS[key].folder}`,
      pattern: COLLECTIONS[key].pattern,
      generateId: ({ entry }) => entryId(entry),
    }),
    schema: s[key],
  });

export const collections = {
  areas: collection('areas'),
  topics: collection('topics'),
  years: collection('years'),
  pages: collection('pages'),
  sessions: collection('sessions'),
  outcomes: collection('outcomes'),
  recordings: collection('recordings'),
  people: collection('people'),
};
