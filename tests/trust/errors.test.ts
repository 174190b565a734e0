/**
 * Every kind of content mistake stops the check with the file, the line where it can, the
 * field, what was found, what is allowed and how to fix it. Messages are pinned so they stay
 * helpful.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/preflight.ts';
import { formatErrors } from '../../src/lib/validate.ts';
import { baseFiles, edit, writeArchive, type Files } from './fixture.ts';

function report(changes: Record<string, string | null>): string {
  const { root, content } = writeArchive(edit(baseFiles(), changes));
  return formatErrors(checkContent(root, content));
}
const session = baseFiles()['sessions/2023/sva-update.yaml']!;
const outcome = baseFiles()['outcomes/2023/sva-merged.yaml']!;
const recording = baseFiles()['recordings/2023/sva-video.yaml']!;

describe('content errors', () => {
  it('the fixture itself is valid', () => {
    const { root, content } = writeArchive(baseFiles() as Files);
    expect(checkContent(root, content)).toEqual([]);
  });

  it('a missing required field', () => {
    expect(report({ 'sessions/2023/sva-update.yaml': session.replace('title: SVA update\n', '') }))
      .toMatchInlineSnapshot(`
        "1 content error in 1 file:

        content/sessions/2023/sva-update.yaml
          title: Required field is missing (expected text).
            Fix: Add \`title\` to the file."
      `);
  });

  it('a wrong type', () => {
    expect(report({ 'sessions/2023/sva-update.yaml': session.replace('year: 2023', 'year: "twenty"') }))
      .toMatchInlineSnapshot(`
        "1 content error in 1 file:

        content/sessions/2023/sva-update.yaml
          year (line 2): Expected a number, found "twenty".
            Fix: Write \`year\` as a plain number, without quotes."
      `);
  });

  it('unknown references: topic, person, year and session', () => {
    expect(
      report({
        'sessions/2023/sva-update.yaml': session
          .replace('topics: [sva]', 'topics: [sva, svaa]')
          .replace('speakers: [joerg-roedel]', 'speakers: [jorg-rodel]'),
        'outcomes/2023/sva-merged.yaml': outcome.replace(
          'session: 2023/sva-update',
          'session: 2023/sva-updates',
        ),
        'sessions/2022/old.yaml': session.replace('year: 2023', 'year: 2022'),
      }),
    ).toMatchInlineSnapshot(`
      "4 content errors in 3 files:

      content/outcomes/2023/sva-merged.yaml
        session (line 6): Unknown session "2023/sva-updates": no file content/sessions/2023/sva-updates.* exists.
          Fix: Use an existing id (e.g. 2022/old, 2023/cxl-memory, 2023/sva-update, 2024/bandwidth) or add the missing file.

      content/sessions/2022/old.yaml
        year (line 2): Unknown year "2022": no file content/years/2022.* exists.
          Fix: Use an existing id (e.g. 2023, 2024) or add the missing file.

      content/sessions/2023/sva-update.yaml
        topics.1 (line 5): Unknown topic "svaa": no file content/topics/svaa.* exists.
          Fix: Use an existing id (e.g. cxl, sva) or add the missing file.
        speakers.0 (line 3): Unknown person "jorg-rodel": no file content/people/jorg-rodel.* exists.
          Fix: Use an existing id (e.g. alex-williamson, ilpo-jarvinen, joerg-roedel, krzysztof-wilczynski) or add the missing file."
    `);
  });

  it('a duplicate id', () => {
    expect(report({ 'sessions/2023/sva-update.yml': session })).toMatchInlineSnapshot(`
      "1 content error in 1 file:

      content/sessions/2023/sva-update.yml
        Duplicate id "2023/sva-update": content/sessions/2023/sva-update.yaml has the same name, so one would hide the other.
          Fix: Rename or merge one of the two files."
    `);
  });

  it('a year without edition data', () => {
    const year = baseFiles()['years/2024.mdx']!.replace(/edition:\n( {2}.*\n)+/, '');
    expect(report({ 'years/2024.mdx': year })).toMatchInlineSnapshot(`
      "1 content error in 1 file:

      content/years/2024.mdx
        edition: Required field is missing (expected a mapping of fields).
          Fix: Add \`edition\` to the file."
    `);
  });

  it('an outcome status outside the allowed set', () => {
    expect(report({ 'outcomes/2023/sva-merged.yaml': outcome.replace('status: merged', 'status: landed') }))
      .toMatchInlineSnapshot(`
        "1 content error in 1 file:

        content/outcomes/2023/sva-merged.yaml
          status (line 7): Expected a status: discussed, proposed, in-review, merged, abandoned. Found "landed".
            Fix: Set \`status\` to one of those values, spelled as shown."
      `);
  });

  it('malformed dates and times', () => {
    expect(
      report({
        'sessions/2023/sva-update.yaml': session.replace('"2023-11-15T10:30"', '"2023-02-30T25:00"'),
      }),
    ).toMatchInlineSnapshot(`
      "1 content error in 1 file:

      content/sessions/2023/sva-update.yaml
        start (line 6): Expected a local date and time written YYYY-MM-DDTHH:mm, such as 2023-11-15T10:30. Found "2023-02-30T25:00".
          Fix: Write \`start\` in that form, like 2023-11-15T10:30."
    `);
    expect(
      report({
        'years/2024.mdx': baseFiles()['years/2024.mdx']!.replace(
          '  name: LPC 2024',
          '  name: LPC 2024\n  start: "2024-02-30"',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "1 content error in 1 file:

      content/years/2024.mdx
        edition.start (line 5): Expected a date that exists in the calendar, such as 2023-11-15. Found "2024-02-30".
          Fix: Write \`edition.start\` in that form, like 2023-11-15."
    `);
  });

  it('URLs that are not http(s): javascript:, data: and relative junk', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', '../../etc/passwd']) {
      const out = report({
        'sessions/2023/sva-update.yaml': session.replace(
          'source: https://lpc.events/event/17/contributions/1/',
          `source: "${bad}"`,
        ),
      });
      expect(out).toContain(
        `content/sessions/2023/sva-update.yaml\n  source (line 9): Expected a full web address starting with https:// or http://. Found "${bad}".`,
      );
    }
  });

  it('a recording on a host outside the allowlist', () => {
    expect(
      report({
        'recordings/2023/sva-video.yaml': recording.replace(
          'https://youtu.be/abc',
          'https://tracker.example.com/v/abc',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "1 content error in 1 file:

      content/recordings/2023/sva-video.yaml
        url (line 4): Recordings are linked only on known hosts; found "tracker.example.com". Allowed: youtube.com, youtu.be, lpc.events, linuxplumbersconf.org, indico.freedesktop.org.
          Fix: Link the recording where the conference published it, or add the host to recordingHosts in src/site.ts."
    `);
  });

  it('an MDX syntax error, with its line', () => {
    expect(
      report({
        'topics/cxl.mdx': baseFiles()['topics/cxl.mdx']!.replace(
          'Some prose',
          'Some\n\nprose with { an open brace',
        ),
      }),
    ).toMatchInlineSnapshot(`
      "1 content error in 1 file:

      content/topics/cxl.mdx
        line 11: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`
          Fix: In MDX, write a literal { or < as \\{ or &lt;, close every tag, and put code in backticks."
    `);
  });

  it('invalid YAML and invalid JSON', () => {
    expect(
      report({
        'people/alex-williamson.yaml': 'name: Alex Williamson\n  affiliations: [Red Hat\n',
        'people/x.json': '{"name": "X",}',
      }),
    ).toMatchInlineSnapshot(`
      "4 content errors in 2 files:

      content/people/alex-williamson.yaml
        line 1: Not valid YAML: Nested mappings are not allowed in compact mappings
          Fix: Check indentation and quote values that contain ": " or "#".
        line 1: Not valid YAML: Implicit keys need to be on a single line
          Fix: Check indentation and quote values that contain ": " or "#".
        line 3: Not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
          Fix: Check indentation and quote values that contain ": " or "#".

      content/people/x.json
        line 1, column 14: Not valid JSON: Expected double-quoted property name.
          Fix: Correct the JSON syntax (a YAML file may be easier to edit)."
    `);
  });

  it('a content file that belongs to no collection', () => {
    expect(report({ 'sessions/stray.yaml': session, 'notes.txt': 'hello' })).toMatchInlineSnapshot(`
      "2 content errors in 2 files:

      content/notes.txt
        This file belongs to no collection, so the site would ignore it.
          Fix: Move it into the right folder with the right extension (see docs/architecture.md), or delete it.

      content/sessions/stray.yaml
        This file belongs to no collection, so the site would ignore it.
          Fix: Move it into the right folder with the right extension (see docs/architecture.md), or delete it."
    `);
  });

  it('a bidirectional control character hidden in text', () => {
    expect(
      report({
        'sessions/2023/sva-update.yaml': session.replace('title: SVA update', 'title: "SVA \u202Eetadpu"'),
      }),
    ).toContain(
      'title (line 1): Contains an invisible bidirectional control character (U+202A–U+202E or U+2066–U+2069) that can disguise text. Found "SVA \\u202eetadpu".\n    Fix: Delete the character; retyping the text around it removes it too.',
    );
  });

  it('reports every error of a run together', () => {
    const out = report({
      'outcomes/2023/sva-merged.yaml': outcome.replace('status: merged', 'status: landed'),
      'recordings/2023/sva-video.yaml': recording.replace('https://youtu.be/abc', 'ftp://x'),
      'topics/cxl.mdx': baseFiles()['topics/cxl.mdx']!.replace('Some prose', '<div>'),
    });
    expect(out.split('\n')[0]).toBe('3 content errors in 3 files:');
  });
});
