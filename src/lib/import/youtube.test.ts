import { describe, expect, it } from 'vitest';
import { parseAtom, parseYtDlp } from './youtube.ts';

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
  <id>yt:playlist:PLx</id><yt:playlistId>PLx</yt:playlistId><yt:channelId>UCx</yt:channelId>
  <title>LPC 2026</title>
  <link rel="alternate" href="https://www.youtube.com/playlist?list=PLx"/>
  <entry>
    <id>yt:video:Abc-2026-01</id><yt:videoId>Abc-2026-01</yt:videoId>
    <title>Q&amp;A: PCI &lt;hotplug&gt;</title>
    <published>2026-11-21T23:30:00-08:00</published>
    <media:group>
      <media:thumbnail url="https://i4.ytimg.com/vi/Abc-2026-01/hqdefault.jpg" width="480" height="360"/>
      <media:description>Speaker: Ada Example</media:description>
      <media:community><media:statistics views="12"/></media:community>
    </media:group>
  </entry>
  <entry><yt:videoId>not-an-id</yt:videoId><title>Broken</title></entry>
</feed>`;

describe('parseAtom', () => {
  it('reads id, title, date, thumbnail and description of each video, and the playlist page', () => {
    expect(parseAtom(FEED)).toEqual({
      label: 'YouTube playlist feed',
      title: 'LPC 2026',
      url: 'https://www.youtube.com/playlist?list=PLx',
      videos: [
        {
          id: 'Abc-2026-01',
          title: 'Q&A: PCI <hotplug>',
          description: 'Speaker: Ada Example',
          // The day as the feed writes it, in the uploader's offset.
          published: '2026-11-21',
          thumbnailUrl: 'https://i.ytimg.com/vi/Abc-2026-01/hqdefault.jpg',
        },
      ],
    });
  });

  it('calls a channel feed a channel feed', () => {
    expect(parseAtom(FEED.replace('<yt:playlistId>PLx</yt:playlistId>', '')).label).toBe(
      'YouTube channel feed',
    );
  });
});

describe('parseYtDlp', () => {
  it("reads a flat playlist and a channel's nested tabs, without yt-dlp's thumbnail query", () => {
    const feed = parseYtDlp({
      _type: 'playlist',
      title: 'Uploads',
      webpage_url: 'https://www.youtube.com/@x/videos',
      entries: [
        {
          _type: 'playlist',
          entries: [{ id: 'Abc-2026-01', title: 'A', upload_date: '20261121', view_count: 3 }],
        },
        {
          id: 'Abc-2026-02',
          title: 'B',
          thumbnails: [{ url: 'https://i.ytimg.com/vi/Abc-2026-02/hqdefault.jpg?sqp=x&rs=y' }],
        },
      ],
    });
    expect(feed.videos).toEqual([
      {
        id: 'Abc-2026-01',
        title: 'A',
        published: '2026-11-21',
        thumbnailUrl: 'https://i.ytimg.com/vi/Abc-2026-01/hqdefault.jpg',
      },
      { id: 'Abc-2026-02', title: 'B', thumbnailUrl: 'https://i.ytimg.com/vi/Abc-2026-02/hqdefault.jpg' },
    ]);
  });
});
