/**
 * The archive of this build, loaded from Astro's collections once and shared by every page
 * (a module-level promise), so relations are computed once per build, not once per page.
 */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './archive.ts';

let archive: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  archive ??= (async () =>
    buildArchive({
      areas: await getCollection('areas'),
      topics: await getCollection('topics'),
      years: await getCollection('years'),
      sessions: await getCollection('sessions'),
      outcomes: await getCollection('outcomes'),
      recordings: await getCollection('recordings'),
      people: await getCollection('people'),
    }))();
  return archive;
}
