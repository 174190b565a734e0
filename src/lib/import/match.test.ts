import { describe, expect, it } from 'vitest';
import { findSession, sameUrl, urlKey, type ExistingSession } from './match.ts';
import type { ImportContribution } from './model.ts';

const HOSTS = ['lpc.events', 'linuxplumbersconf.org'];

describe('sameUrl', () => {
  it('ignores the scheme, a trailing slash, "www." and the conference host aliases', () => {
    expect(
      sameUrl(
        'http://linuxplumbersconf.org/event/4/contributions/412',
        'https://lpc.events/event/4/contributions/412/',
        HOSTS,
      ),
    ).toBe(true);
    expect(sameUrl('https://www.lpc.events/event/4/', 'https://lpc.events/event/4', HOSTS)).toBe(true);
    expect(
      sameUrl(
        'https://lpc.events/event/4/contributions/412/',
        'https://lpc.events/event/4/contributions/413/',
        HOSTS,
      ),
    ).toBe(false);
    expect(
      sameUrl(
        'https://other.example.org/event/4/contributions/412/',
        'https://lpc.events/event/4/contributions/412/',
        HOSTS,
      ),
    ).toBe(false);
  });

  it("reads Indico's calendar UID as the contribution it names", () => {
    expect(urlKey('indico-contribution-412@lpc.events', HOSTS)).toBe(
      urlKey('https://lpc.events/event/4/contributions/412/', HOSTS),
    );
  });
});

describe('findSession', () => {
  const record = (id: string, data: Record<string, unknown>): ExistingSession => ({
    id,
    file: `sessions/${id}.yaml`,
    text: '',
    data,
  });
  const talk = (extra: Partial<ImportContribution>): ImportContribution => ({
    key: 'https://lpc.events/event/4/contributions/412/',
    url: 'https://lpc.events/event/4/contributions/412/',
    title: 'PCI Resource Allocation and Hotplug',
    groups: [],
    speakers: [],
    attachments: [],
    keywords: [],
    ...extra,
  });

  it('finds a record by its URL first, then a hand-written one of the year by title', () => {
    const byUrl = record('2019/a', {
      title: 'Other',
      contributionUrl: 'http://linuxplumbersconf.org/event/4/contributions/412',
    });
    const byTitle = record('2019/b', { title: 'PCI resource allocation & hotplug' });
    expect(findSession(talk({}), [byTitle, byUrl], 2019, HOSTS, new Set())).toBe(byUrl);
    expect(findSession(talk({}), [byTitle], 2019, HOSTS, new Set())).toBe(byTitle);
    expect(findSession(talk({}), [byTitle], 2020, HOSTS, new Set())).toBeUndefined();
    // A record already matched in this import is not matched twice.
    expect(findSession(talk({}), [byTitle], 2019, HOSTS, new Set([byTitle.file]))).toBeUndefined();
  });

  it('does not take a record of another contribution for one with the same title', () => {
    const other = record('2019/b', {
      title: 'PCI resource allocation & hotplug',
      contributionUrl: 'https://lpc.events/event/4/contributions/999/',
    });
    expect(findSession(talk({}), [other], 2019, HOSTS, new Set())).toBeUndefined();
  });
});
