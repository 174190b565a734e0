import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRecord, stringifyRecord, updateRecord } from './write.ts';

const ORDER = ['title', 'year', 'speakers', 'room', 'abstract', 'source', 'notes', 'imported'];

describe('stringifyRecord', () => {
  it('writes keys in schema order and strings in the house style', () => {
    const yaml = stringifyRecord(
      {
        source: 'https://example.org/c/1/',
        title: 'IOMMUFD: next steps # 2',
        year: 2030,
        speakers: ['ada-example'],
        abstract: 'One\n\nTwo',
      },
      ORDER,
    );
    expect(yaml).toBe(
      'title: "IOMMUFD: next steps # 2"\nyear: 2030\nspeakers:\n  - "ada-example"\nabstract: |-\n  One\n\n  Two\nsource: "https://example.org/c/1/"\n',
    );
  });

  it('round-trips awkward strings exactly', () => {
    const values = [
      'x '.repeat(80).trim(),
      '  leading spaces\nand a second line',
      'trailing newline kept?\n',
      '"quoted" and \\backslash\\ — é',
      `${'word '.repeat(30)}  double  spaces  ${'more '.repeat(20)}`.trim(),
      '- looks like a list\n# looks like a comment\n> quote',
    ];
    for (const v of values) expect(parse(stringifyRecord({ notes: v }, ORDER)).notes).toBe(v);
  });
});

describe('updateRecord', () => {
  const source =
    '# Edited by hand.\ntitle: "Old"\nroom: Hall A # the small one\nsource: "https://example.org/c/1/"\n';

  it('changes only what differs, keeping comments, and inserts new keys in schema order', () => {
    const out = updateRecord(
      source,
      { title: 'New', year: 2030, room: 'Hall A', source: 'https://example.org/c/1/' },
      ORDER,
      false,
    );
    expect(out).toBe(
      '# Edited by hand.\ntitle: "New"\nyear: 2030\nroom: Hall A # the small one\nsource: "https://example.org/c/1/"\n',
    );
  });

  it('removes fields that are gone', () => {
    expect(
      readRecord(
        updateRecord(source, { title: 'Old', source: 'https://example.org/c/1/' }, ORDER, false),
        false,
      ),
    ).toEqual({
      title: 'Old',
      source: 'https://example.org/c/1/',
    });
  });

  it('updates the front matter of an MDX record and keeps its body', () => {
    const mdx = '---\ntitle: "Old"\n---\n\nNotes from the room.\n';
    const out = updateRecord(mdx, { title: 'New', room: 'Hall B' }, ORDER, true);
    expect(out).toBe('---\ntitle: "New"\nroom: "Hall B"\n---\n\nNotes from the room.\n');
    expect(readRecord(out, true)).toEqual({ title: 'New', room: 'Hall B' });
  });

  it('changes only the lines of changed fields: wrapping, comments, order and long URLs stay', () => {
    const long = `https://example.org/event/1/contributions/2/attachments/3/4/${'a-very-long-file-name-'.repeat(4)}slides.pdf`;
    const hand = [
      '# Written by hand from the slides.',
      'title: IOMMUFD next steps',
      'year: 2030',
      'summary: >-',
      '  A summary wrapped by hand',
      '  at an odd width.',
      `slidesUrl: ${long}`,
      '# The contribution page.',
      'source: "https://example.org/c/1/"',
      'notes: |',
      '  Kept as written.',
      '',
    ].join('\n');
    const out = updateRecord(
      hand,
      {
        title: 'IOMMUFD next steps',
        year: 2030,
        room: 'Hall A',
        summary: 'A summary wrapped by hand at an odd width.',
        slidesUrl: long,
        source: 'https://example.org/c/1/',
        notes: 'Kept as written.\n',
        imported: { key: 'https://example.org/c/1/', fields: { room: 'abc' } },
      },
      [...ORDER.slice(0, 3), 'summary', 'slidesUrl', ...ORDER.slice(3)],
      false,
    );
    const added = out.split('\n').filter((l) => !hand.split('\n').includes(l));
    expect(added).toEqual([
      'room: "Hall A"',
      'imported:',
      '  key: "https://example.org/c/1/"',
      '  fields:',
      '    room: "abc"',
    ]);
    expect(out.replace(/room: "Hall A"\n/, '').replace(/imported:[\s\S]*$/, '')).toBe(hand);
    expect(out).toContain(`slidesUrl: ${long}\n`);
  });
});

describe('long URLs', () => {
  it('stay on one line, however long', () => {
    const url = `https://indico.example.org/event/920/contributions/9303/attachments/31/311/${'resource-allocation-'.repeat(5)}.pdf`;
    const yaml = stringifyRecord({ slidesUrl: url, source: 'https://example.org/c/1/' }, [
      'slidesUrl',
      'source',
    ]);
    expect(yaml).toBe(`slidesUrl: ${url}\nsource: "https://example.org/c/1/"\n`);
    expect(parse(yaml).slidesUrl).toBe(url);
  });
});
