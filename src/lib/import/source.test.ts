import { describe, expect, it } from 'vitest';
import { parseExport, parseInput } from './source.ts';

describe('parseExport', () => {
  it('picks the parser by content, not by file name', () => {
    expect(parseExport('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n').label).toBe('iCalendar file');
    expect(
      parseExport('\uFEFF{"_type":"HTTPAPIResult","results":[{"_type":"Conference","contributions":[]}]}')
        .label,
    ).toBe('Indico event export (detail=contributions)');
  });

  it('names what is wrong with files it cannot read', () => {
    expect(() => parseExport('')).toThrow('The file is empty.');
    expect(() => parseExport('<!DOCTYPE html><html>Login</html>')).toThrow(
      /a web page \(HTML\), not an export.*feeds\/videos\.xml\?playlist_id=/,
    );
    expect(() => parseExport('Login required')).toThrow(/neither JSON, XML nor iCalendar/);
    expect(() => parseExport('{"_type": "HTTPAPIResult", "results": [')).toThrow(
      /not valid JSON .*cut short/,
    );
    expect(() => parseExport('{"name": "x"}')).toThrow(
      /JSON but not an Indico export: it has no "_type": "HTTPAPIResult"/,
    );
    expect(() => parseExport('{"schedule": {}}')).toThrow(/frab\/pretalx schedule/);
  });

  it('reads YouTube feeds and yt-dlp listings as videos, and refuses a truncated feed', () => {
    const feed = parseInput(
      '<?xml version="1.0"?><feed xmlns:yt="http://www.youtube.com/xml/schemas/2015"><yt:playlistId>PLx</yt:playlistId><entry><yt:videoId>abcdefghijk</yt:videoId><title>A &amp; B</title></entry></feed>',
    );
    expect(feed.kind === 'videos' && feed.feed.videos[0]).toMatchObject({
      id: 'abcdefghijk',
      title: 'A & B',
    });
    const json = parseInput('{"_type": "playlist", "entries": [{"id": "abcdefghijk", "title": "T"}]}');
    expect(json.kind === 'videos' && json.feed.label).toBe('yt-dlp playlist JSON');
    expect(() => parseInput('<?xml version="1.0"?><feed><entry><title>A')).toThrow(
      /XML but cut short: it ends before <\/feed>/,
    );
    expect(() => parseInput('<?xml version="1.0"?><rss></rss>')).toThrow(/XML but not a YouTube feed/);
  });
});
