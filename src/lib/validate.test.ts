import { describe, expect, it } from 'vitest';
import { formatErrors, validateContent, type RawEntry } from './validate.ts';

/** A small valid archive; each test breaks one thing in it. */
function valid(): RawEntry[] {
  return [
    {
      collection: 'areas',
      id: 'pci',
      file: 'content/areas/pci.mdx',
      data: { title: 'PCI', name: 'PCI core', description: 'PCI.' },
    },
    {
      collection: 'topics',
      id: 'cxl',
      file: 'content/topics/cxl.mdx',
      data: { title: 'CXL', areas: ['pci'], description: 'CXL.' },
    },
    {
      collection: 'people',
      id: 'ilpo-jarvinen',
      file: 'content/people/ilpo-jarvinen.yaml',
      data: { name: 'Ilpo Järvinen' },
    },
    {
      collection: 'years',
      id: '2024',
      file: 'content/years/2024.mdx',
      data: {
        description: 'The 2024 edition.',
        edition: { name: 'LPC 2024', format: 'hybrid', sources: ['https://lpc.events/event/18/'] },
        sessionList: { complete: false },
        officialOutcomes: { status: 'not-found' },
      },
    },
    {
      collection: 'sessions',
      id: '2024/bwctrl',
      file: 'content/sessions/2024/bwctrl.yaml',
      data: {
        title: 'PCIe Bandwidth Controller',
        year: 2024,
        speakers: ['ilpo-jarvinen'],
        areas: ['pci'],
        topics: ['cxl'],
        summary: 'Link speed.',
        source: 'https://lpc.events/event/18/contributions/1902',
      },
    },
  ];
}

function withSession(change: (data: Record<string, unknown>) => void): RawEntry[] {
  const entries = valid();
  change(entries.at(-1)!.data as Record<string, unknown>);
  return entries;
}

describe('content validation', () => {
  it('accepts valid content and returns the records', () => {
    const { errors, records } = validateContent(valid());
    expect(errors).toEqual([]);
    expect(records.sessions[0]!.data.year).toEqual({ id: '2024', collection: 'years' });
  });

  it('names the file and field of a wrong type', () => {
    const { errors } = validateContent(withSession((d) => (d.speakers = 'ilpo-jarvinen')));
    expect(formatErrors(errors)).toMatchInlineSnapshot(`
      "1 content error in 1 file:

      content/sessions/2024/bwctrl.yaml
        speakers: Expected a list, found "ilpo-jarvinen".
          Fix: Write \`speakers\` as a list, in brackets: speakers: [ilpo-jarvinen]."
    `);
  });

  it('names the file and field of an unknown topic reference', () => {
    const { errors } = validateContent(withSession((d) => (d.topics = ['cxl', 'cxl2'])));
    expect(formatErrors(errors)).toMatchInlineSnapshot(`
      "1 content error in 1 file:

      content/sessions/2024/bwctrl.yaml
        topics.1: Unknown topic "cxl2": no file content/topics/cxl2.* exists.
          Fix: Use an existing id (e.g. cxl) or add the missing file."
    `);
  });

  it('names the file and field of a year out of range', () => {
    const { errors } = validateContent(withSession((d) => (d.year = 2016)));
    expect(formatErrors(errors)).toMatchInlineSnapshot(`
      "1 content error in 1 file:

      content/sessions/2024/bwctrl.yaml
        year: Expected a year from 2017 on: the MC began in 2017. Found 2016.
          Fix: Use a value in that range for \`year\`."
    `);
  });

  it('names the file and field of a source that is not a web address', () => {
    const { errors } = validateContent(withSession((d) => (d.source = 'javascript:alert(1)')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/sessions/2024/bwctrl.yaml', field: 'source' });
    expect(errors[0]!.message).toMatch(/full web address starting with https:\/\//);
  });

  it('names a missing required field and says to add it', () => {
    const { errors } = validateContent(withSession((d) => delete d.title));
    expect(errors[0]).toMatchObject({
      field: 'title',
      message: 'Required field is missing (expected text).',
      fix: 'Add `title` to the file.',
    });
  });

  it('asks for a summary when a session has neither summary nor abstract', () => {
    const { errors } = validateContent(withSession((d) => delete d.summary));
    expect(errors[0]).toMatchObject({
      field: 'summary',
      message: 'Write a `summary` of the session (or import its `abstract`).',
    });
  });

  it("refuses a session filed under another year's folder", () => {
    const entries = valid();
    entries.push({ ...entries.at(-1)!, id: '2023/bwctrl', file: 'content/sessions/2023/bwctrl.yaml' });
    const { errors } = validateContent(entries);
    expect(errors.map((e) => [e.file, e.field])).toContainEqual([
      'content/sessions/2023/bwctrl.yaml',
      'year',
    ]);
  });

  it('refuses a topic whose id is also an area id', () => {
    const entries = valid();
    entries.push({
      collection: 'topics',
      id: 'pci',
      file: 'content/topics/pci.mdx',
      data: { title: 'PCI', areas: ['pci'], description: 'x' },
    });
    expect(validateContent(entries).errors[0]?.message).toMatch(/also an area id/);
  });

  it('refuses one spelling of a name in two people files, naming both', () => {
    const entries = valid();
    entries.push({
      collection: 'people',
      id: 'ilpo',
      file: 'content/people/ilpo.yaml',
      data: { name: 'Ilpo', variants: ['Ilpo Järvinen'] },
    });
    const [error] = validateContent(entries).errors;
    expect(error).toMatchObject({ file: 'content/people/ilpo.yaml', field: 'variants.0' });
    expect(error!.message).toContain('content/people/ilpo-jarvinen.yaml');
  });

  it('treats names equal after folding case, accents, spacing and punctuation as one person', () => {
    for (const name of ['Ilpo Jarvinen', 'ILPO  JÄRVINEN', 'Ilpo-Järvinen.']) {
      const entries = valid();
      entries.push({ collection: 'people', id: 'other', file: 'content/people/other.yaml', data: { name } });
      expect(validateContent(entries).errors, name).toMatchObject([
        { file: 'content/people/other.yaml', field: 'name' },
      ]);
    }
    const entries = valid();
    entries.push({
      collection: 'people',
      id: 'ilpo-j',
      file: 'content/people/ilpo-j.yaml',
      data: { name: 'Ilpo J' },
    });
    expect(validateContent(entries).errors).toEqual([]);
  });

  it('names the content folder the build reads, not always content/', () => {
    const { errors } = validateContent(
      withSession((d) => (d.topics = ['nope'])),
      { contentDir: 'fixtures/archive' },
    );
    expect(errors[0]!.message).toBe('Unknown topic "nope": no file fixtures/archive/topics/nope.* exists.');
  });

  it('asks for a reason when a fact is marked uncertain', () => {
    const { errors } = validateContent(withSession((d) => (d.uncertain = true)));
    expect(errors[0]).toMatchObject({ field: 'uncertainReason' });
  });

  it('reports every error of a run together', () => {
    const { errors } = validateContent(
      withSession((d) => Object.assign(d, { year: 'x', topics: ['nope'], source: 'ftp://x' })),
    );
    expect(errors.map((e) => e.field).sort()).toEqual(['source', 'year']);
  });
});
