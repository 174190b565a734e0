import { describe, expect, it } from 'vitest';
import { makeSchemas } from '../schemas.ts';
import { plainReference } from './validate.ts';
import { explainIssue, quote } from './schema-errors.ts';
import type { CollectionKey } from './collections.ts';

const schemas = makeSchemas(plainReference);
const explain = (collection: CollectionKey, data: unknown) =>
  schemas[collection].safeParse(data).error!.issues.map((i) => explainIssue(i, data, collection));

describe('explainIssue', () => {
  it('says what a file of the wrong shape holds and how to write it as fields', () => {
    expect(explain('people', ['Alex', 'Williamson'])[0]).toMatchObject({
      field: '',
      message:
        'Expected the file to hold fields (`name: …` and so on), found a list (["Alex","Williamson"]).',
      fix: 'Write the file as fields, one `key: value` per line starting with `name: …`, without the leading "- " of a list.',
    });
    expect(explain('sessions', 'just text')[0]!.message).toBe(
      'Expected the file to hold fields (`title: …` and so on), found "just text".',
    );
  });

  it('gives each wrong field type a fix that shows the right form', () => {
    const fixes = explain('people', { name: 42, affiliations: 'Red Hat', keyAttendee: 'yes' }).map(
      (e) => e.fix,
    );
    expect(fixes).toEqual([
      'Write `name` as text, in quotes when it looks like a number or true/false: name: "42".',
      'Write `affiliations` as a list, in brackets: affiliations: [Red Hat].',
      'Write `keyAttendee` as true or false, without quotes.',
    ]);
  });

  it('lists the allowed values of a choice and says to pick one', () => {
    const [e] = explain('years', {
      description: 'x',
      edition: { name: 'LPC', sources: ['https://lpc.events/'] },
      sessionList: { complete: true },
      officialOutcomes: { status: 'lost' },
    });
    expect(e).toMatchObject({
      field: 'officialOutcomes.status',
      message: 'Expected one of: found, partial, not-found, not-yet-due. Found "lost".',
      fix: 'Set `officialOutcomes.status` to one of those values, spelled as shown.',
    });
  });
});

describe('quote', () => {
  it('shows invisible characters as escapes and cuts long values', () => {
    expect(quote('a\u202Eb')).toBe('"a\\u202eb"');
    expect(quote('x'.repeat(100))).toHaveLength(60);
  });
});
