import { describe, expect, it } from 'vitest';
import { buildArchive } from './archive.ts';
import { scriptJson, sessionJsonLd, sessionWhen, videoObject, youtubeId } from './jsonld.ts';
import { recording, records, session, year } from '../../tests/records.ts';

const edition = (extra: Record<string, unknown>) => ({
  edition: { name: 'LPC', format: 'in-person', sources: ['https://lpc.events/'], ...extra },
});
const archive = buildArchive(
  records({
    years: [
      year('2017', edition({ name: 'LPC 2017', mcDate: '2017-09-14', city: 'Los Angeles, CA, USA' })),
      year('2020', edition({ name: 'LPC 2020', format: 'virtual', start: '2020-08-24', end: '2020-08-28' })),
      year(
        '2022',
        edition({
          name: 'LPC 2022',
          format: 'hybrid',
          mcDate: '2022-09-12',
          city: 'Dublin, Ireland',
          timeZone: 'Europe/Dublin',
        }),
      ),
    ],
    sessions: [
      session('2017/untimed', { title: 'Untimed' }),
      session('2020/virtual'),
      session('2022/timed', { start: '2022-09-12T11:45', durationMinutes: 30, room: 'Meeting 1&2' }),
    ],
    recordings: [
      recording('2022/dated', {
        session: '2022/timed',
        url: 'https://youtu.be/0mIO54oQ2zI?t=7151',
        published: '2022-09-13',
      }),
      recording('2022/undated', {
        session: '2022/timed',
        url: 'https://www.youtube.com/watch?v=1tqOTge0eq0',
      }),
    ],
  }),
);
const url = 'https://archive.example/years/x/';

describe('schema.org data of a session', () => {
  it('dates a session by its time, else by the MC day, else by the conference days', () => {
    expect(sessionWhen(archive, '2022/timed')).toEqual({
      startDate: '2022-09-12T11:45:00+01:00',
      endDate: '2022-09-12T12:15:00+01:00',
    });
    expect(sessionWhen(archive, '2017/untimed')).toEqual({ startDate: '2017-09-14' });
    expect(sessionWhen(archive, '2020/virtual')).toEqual({ startDate: '2020-08-24', endDate: '2020-08-28' });
  });

  it('places an in-person session at an address, a virtual one online, a hybrid one at both', () => {
    expect(sessionJsonLd(archive, '2017/untimed', url).location).toEqual({
      '@type': 'Place',
      name: 'LPC 2017',
      address: 'Los Angeles, CA, USA',
    });
    expect(sessionJsonLd(archive, '2020/virtual', url).location).toEqual({ '@type': 'VirtualLocation', url });
    const hybrid = sessionJsonLd(archive, '2022/timed', url).location as Record<string, string>[];
    expect(hybrid.map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
    expect(hybrid[0]).toMatchObject({ name: 'Meeting 1&2', address: 'Dublin, Ireland' });
  });

  it('describes a video with every required field, and only a video whose upload date is known', () => {
    const videos = sessionJsonLd(archive, '2022/timed', url).recordedIn as Record<string, string>[];
    expect(videos).toEqual([
      {
        '@type': 'VideoObject',
        name: 'Recording 2022/dated',
        description: 'Recording of "Session 2022/timed"',
        thumbnailUrl: 'https://i.ytimg.com/vi/0mIO54oQ2zI/hqdefault.jpg',
        uploadDate: '2022-09-13',
        url: 'https://youtu.be/0mIO54oQ2zI?t=7151',
      },
    ]);
    expect(videoObject(archive.recordingsOfSession('2022/timed')[1]!, 'x')).toBeUndefined();
    expect(sessionJsonLd(archive, '2017/untimed', url)).not.toHaveProperty('recordedIn');
  });

  it('reads the video id of the usual YouTube links and nothing else', () => {
    expect(youtubeId('https://youtu.be/ozlQ1XQreac?list=PLVsQ&t=6481')).toBe('ozlQ1XQreac');
    expect(youtubeId('https://www.youtube.com/watch?v=_QSao4dOEsM')).toBe('_QSao4dOEsM');
    expect(youtubeId('https://youtube.com/live/UFrAjJ5TUf4?si=x')).toBe('UFrAjJ5TUf4');
    expect(youtubeId('https://www.youtube.com/@LinuxPlumbersConference')).toBeUndefined();
    expect(youtubeId('https://lpc.events/event/17/')).toBeUndefined();
    expect(youtubeId('not a url')).toBeUndefined();
  });

  it('cannot close its script element', () => {
    expect(scriptJson({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
