import { describe, expect, it } from 'vitest';
import { digest, mergeSession } from './merge.ts';
import { IMPORTED_FIELDS } from './model.ts';

const KEY = 'https://indico.example.org/event/917/contributions/9101/';
const first = {
  title: 'Posted MSI',
  room: 'Hall A',
  links: [{ title: 'Paper', url: 'https://example.org/p' }],
};

describe('digest', () => {
  it('is short, stable and blind to key order and empty values', () => {
    expect(digest('x')).toMatch(/^[0-9a-f]{12}$/);
    expect(digest({ title: 'a', url: 'b' })).toBe(digest({ url: 'b', title: 'a' }));
    expect(digest([])).toBeUndefined();
    expect(digest('')).toBeUndefined();
  });
});

describe('mergeSession', () => {
  it('writes a new record with a digest of every imported field', () => {
    const { data, conflicts } = mergeSession(undefined, first, IMPORTED_FIELDS, KEY);
    expect(data).toMatchObject(first);
    expect(data.imported).toEqual({
      key: KEY,
      fields: { title: digest('Posted MSI'), room: digest('Hall A'), links: digest(first.links) },
    });
    expect(conflicts).toEqual([]);
  });

  it('changes nothing when the same values are imported again', () => {
    const { data } = mergeSession(undefined, first, IMPORTED_FIELDS, KEY);
    const again = mergeSession(data, first, IMPORTED_FIELDS, KEY);
    expect(again.changed).toEqual([]);
    expect(again.data).toEqual(data);
  });

  it('updates fields nobody edited, removing ones the source dropped', () => {
    const { data } = mergeSession(undefined, first, IMPORTED_FIELDS, KEY);
    const next = mergeSession(data, { title: 'Posted MSI v2', links: first.links }, IMPORTED_FIELDS, KEY);
    expect(next.data.title).toBe('Posted MSI v2');
    expect(next.data.room).toBeUndefined();
    expect(next.changed).toEqual(['title', 'room', 'imported']);
    expect(next.conflicts).toEqual([]);
  });

  it('keeps a field an editor changed and reports it when the import disagrees', () => {
    const { data } = mergeSession(undefined, first, IMPORTED_FIELDS, KEY);
    const edited = { ...data, room: 'Hall B', summary: 'Written by hand.' };
    const next = mergeSession(edited, { ...first, room: 'Hall C' }, IMPORTED_FIELDS, KEY);
    expect(next.data.room).toBe('Hall B');
    expect(next.data.summary).toBe('Written by hand.');
    expect(next.conflicts).toEqual([{ field: 'room', yours: 'Hall B', imported: 'Hall C' }]);
    // Still the editor's on the import after that.
    expect(mergeSession(next.data, { ...first, room: 'Hall C' }, IMPORTED_FIELDS, KEY).data.room).toBe(
      'Hall B',
    );
  });

  it('keeps a field the editor added where the import has nothing, without a conflict', () => {
    const { data } = mergeSession(undefined, { title: 'T' }, IMPORTED_FIELDS, KEY);
    const next = mergeSession({ ...data, room: 'Hall B' }, { title: 'T' }, IMPORTED_FIELDS, KEY);
    expect(next.data.room).toBe('Hall B');
    expect(next.conflicts).toEqual([]);
  });

  it('leaves fields the format cannot carry alone', () => {
    const { data } = mergeSession(undefined, first, IMPORTED_FIELDS, KEY);
    const next = mergeSession(data, { title: 'Posted MSI', room: 'Hall A' }, ['title', 'room'], KEY);
    expect(next.data.links).toEqual(first.links);
    expect(next.changed).toEqual([]);
  });

  it('adopts a record written by hand: fills its gaps, keeps and reports its own values', () => {
    const handWritten = { title: 'Posted MSI (hand)', summary: 'Why.', source: 'https://lore.example.org/x' };
    const next = mergeSession(
      handWritten,
      { title: 'Posted MSI', room: 'Hall A', source: KEY },
      IMPORTED_FIELDS,
      KEY,
    );
    expect(next.data).toMatchObject({
      title: 'Posted MSI (hand)',
      room: 'Hall A',
      source: 'https://lore.example.org/x',
      summary: 'Why.',
    });
    expect(next.conflicts.map((c) => c.field)).toEqual(['title', 'source']);
  });
});
