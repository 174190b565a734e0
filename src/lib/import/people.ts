/**
 * Speakers to people ids: an imported name is matched against every spelling the archive
 * already has (a person's `name` and `variants`) ignoring case and accents, the same rule the
 * site uses to find people by name (`foldName`). Unknown names become new people.
 */
import { foldName } from '../names.ts';
import { slugify } from '../urls.ts';
import type { ImportPerson } from './model.ts';

export interface KnownPerson {
  id: string;
  name: string;
  variants: string[];
}

export interface NewPerson {
  id: string;
  name: string;
  /** The first affiliation the export gives for them, if any. */
  affiliation?: string;
}

export interface PeopleResolver {
  /** The id for a speaker, creating a new person when no spelling matches. */
  idOf(person: ImportPerson): string;
  /** People created so far, by id. */
  created: Map<string, NewPerson>;
}

export function peopleResolver(known: KnownPerson[]): PeopleResolver {
  const byName = new Map<string, string>();
  for (const p of known) for (const n of [p.name, ...p.variants]) byName.set(foldName(n), p.id);
  const taken = new Set(known.map((p) => p.id));
  const created = new Map<string, NewPerson>();
  return {
    created,
    idOf({ name, affiliation }) {
      const key = foldName(name);
      const found = byName.get(key);
      if (found) {
        // A person this import created may get an affiliation from a later talk.
        const fresh = created.get(found);
        if (fresh && !fresh.affiliation && affiliation) fresh.affiliation = affiliation;
        return found;
      }
      // Two different people may share a slug ("Li Wei" and "Li-Wei"): number the second.
      const base = slugify(name) || 'person';
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      byName.set(key, id);
      created.set(id, affiliation ? { id, name, affiliation } : { id, name });
      return id;
    },
  };
}
