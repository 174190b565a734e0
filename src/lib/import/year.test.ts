import { describe, expect, it } from 'vitest';
import { validateContent } from '../validate.ts';
import { readRecord } from './write.ts';
import { yearScaffold } from './year.ts';

const validate = (mdx: string) =>
  validateContent([
    { collection: 'years', id: '2030', file: 'content/years/2030.mdx', data: readRecord(mdx, true) },
  ]).errors;

describe('yearScaffold', () => {
  it('is valid as it is, in preparation, with the unknown edition fields as comments', () => {
    const mdx = yearScaffold(2030, {}, 2026);
    expect(validate(mdx)).toEqual([]);
    expect(readRecord(mdx, true)).toMatchObject({
      inPreparation: true,
      edition: { name: 'LPC 2030', sources: [] },
      officialOutcomes: { status: 'not-yet-due' },
    });
    expect(mdx).toContain('  # timeZone: "Area/City"');
    expect(mdx).toContain('  # eventUrl: "https://lpc.events/event/<id>/"');
  });

  it('fills the facts it is given, in the schema order, and comments only the rest', () => {
    const mdx = yearScaffold(
      2018,
      {
        timeZone: 'America/Vancouver',
        start: '2018-11-13',
        eventUrl: 'https://indico.example.org/event/2/',
        sources: ['https://indico.example.org/event/2/'],
      },
      2026,
    );
    expect(validate(mdx)).toEqual([]);
    const edition = readRecord(mdx, true).edition as Record<string, unknown>;
    expect(Object.keys(edition)).toEqual(['name', 'start', 'timeZone', 'eventUrl', 'sources']);
    expect(mdx).not.toContain('# start:');
    expect(mdx).toContain('# end:');
    // A past year whose outcome list was never found.
    expect(readRecord(mdx, true).officialOutcomes).toEqual({ status: 'not-found' });
  });
});
