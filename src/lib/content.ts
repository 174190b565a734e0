/**
 * The archive of this build, loaded from Astro's collections once and shared by every page
 * (a module-level promise), so relations are computed once per build, not once per page.
 * Only route files (src/pages/) call into this module; views receive what they show as props.
 */
import { getCollection, getEntry, render } from 'astro:content';
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

/** Collections whose entries have an MDX body. */
type ProseCollection = 'areas' | 'topics' | 'years' | 'sessions' | 'pages';

/** Renders an entry's MDX body: its Content component and headings, for a route to pass on. */
export async function renderBody(collection: ProseCollection, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No entry "${id}" in ${collection}. Run \`npm run check\` to find the file.`);
  return render(entry);
}

/** The front matter of a page in content/pages/ (home, about) with its rendered body. */
export async function getPage(id: string) {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`No page "${id}" in content/pages/. Add content/pages/${id}.mdx.`);
  return { entry, ...(await render(entry)) };
}
