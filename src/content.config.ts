/**
 * Content collections: which files under content/ form each collection and which schema
 * they obey. Schemas live in src/schemas.ts so the check script and tests use them too;
 * folders and patterns live in src/lib/collections.ts for the same reason.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas } from './schemas.ts';
import { pathToFileURL } from 'node:url';
import { COLLECTIONS, contentRoot, entryId, type CollectionKey } from './lib/collections.ts';
import { plainFilesOnly } from './lib/safe-loader.ts';

const s = makeSchemas(reference);

/**
 * Ids are the path below the collection's folder without extension: "2023/iommufd-discussion".
 * Only regular UTF-8 files inside the content folder are read, as in the content check.
 */
const files = (key: CollectionKey) => {
  const folder = `${contentRoot(process.cwd())}/${COLLECTIONS[key].folder}`;
  const loader = glob({
    base: pathToFileURL(`${folder}/`),
    pattern: COLLECTIONS[key].pattern,
    generateId: ({ entry }) => entryId(entry),
    // Pages render bodies through render(); keeping every raw body in the data store too
    // only costs memory (hundreds of MB at 10,000 sessions).
    retainBody: false,
  });
  return plainFilesOnly(loader, folder, contentRoot(process.cwd()), process.cwd());
};

export const collections = {
  areas: defineCollection({ loader: files('areas'), schema: s.areas }),
  topics: defineCollection({ loader: files('topics'), schema: s.topics }),
  years: defineCollection({ loader: files('years'), schema: s.years }),
  pages: defineCollection({ loader: files('pages'), schema: s.pages }),
  sessions: defineCollection({ loader: files('sessions'), schema: s.sessions }),
  outcomes: defineCollection({ loader: files('outcomes'), schema: s.outcomes }),
  recordings: defineCollection({ loader: files('recordings'), schema: s.recordings }),
  people: defineCollection({ loader: files('people'), schema: s.people }),
  mc: defineCollection({ loader: files('mc'), schema: s.mc }),
};
