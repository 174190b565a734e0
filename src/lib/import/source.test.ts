import { describe, expect, it } from 'vitest';
import { parseExport } from './source.ts';

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
    expect(() => parseExport('<html>Login</html>')).toThrow(/neither JSON nor iCalendar/);
    expect(() => parseExport('{"_type": "HTTPAPIResult", "results": [')).toThrow(
      /not valid JSON .*cut short/,
    );
    expect(() => parseExport('{"name": "x"}')).toThrow(
      /JSON but not an Indico export: it has no "_type": "HTTPAPIResult"/,
    );
    expect(() => parseExport('{"schedule": {}}')).toThrow(/frab\/pretalx schedule/);
  });
});
