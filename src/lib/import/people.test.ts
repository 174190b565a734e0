import { describe, expect, it } from 'vitest';
import { peopleResolver } from './people.ts';

describe('peopleResolver', () => {
  const known = [{ id: 'zoe-exampleton', name: 'Zoë Exampleton', variants: ['Zoe Q. Exampleton'] }];

  it('finds a known person by any spelling, ignoring case and accents', () => {
    const people = peopleResolver(known);
    expect(people.idOf({ name: 'ZOE EXAMPLETON' })).toBe('zoe-exampleton');
    expect(people.idOf({ name: 'zoe q. exampleton' })).toBe('zoe-exampleton');
    expect(people.created.size).toBe(0);
  });

  it('creates a person once, with the first affiliation given', () => {
    const people = peopleResolver(known);
    expect(people.idOf({ name: 'Ada Example', affiliation: 'Example Corp' })).toBe('ada-example');
    expect(people.idOf({ name: 'Adá Example', affiliation: 'Other Inc' })).toBe('ada-example');
    expect([...people.created.values()]).toEqual([
      { id: 'ada-example', name: 'Ada Example', affiliation: 'Example Corp' },
    ]);
  });

  it('takes the affiliation from a later talk when the first one left it blank', () => {
    const people = peopleResolver([]);
    people.idOf({ name: 'Ada Example' });
    people.idOf({ name: 'Ada Example', affiliation: 'Example Corp' });
    expect(people.created.get('ada-example')?.affiliation).toBe('Example Corp');
  });

  it('takes a name that differs only in punctuation for the same person', () => {
    const people = peopleResolver([...known, { id: 'li-wei', name: 'Li Wei', variants: [] }]);
    expect(people.idOf({ name: 'Li-Wei' })).toBe('li-wei');
    expect(people.created.size).toBe(0);
  });

  it('numbers a new person whose slug is already taken by someone else', () => {
    const people = peopleResolver([...known, { id: 'li-wei', name: 'Li Wei Zhang', variants: [] }]);
    expect(people.idOf({ name: 'Li Wei' })).toBe('li-wei-2');
  });
});
