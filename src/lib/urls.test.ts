import { describe, expect, it } from 'vitest';
import {
  apiPath,
  calendarPath,
  href,
  outcomePath,
  statusChangePath,
  rowAnchor,
  sessionPath,
  slugify,
  splitYearId,
  topicPath,
  withBase,
  withoutBase,
  yearPath,
} from './urls.ts';

describe('URL rules', () => {
  it('puts a session under its year and areas and topics under /topics/', () => {
    expect(sessionPath('2023/posted-msi')).toBe('/years/2023/posted-msi/');
    expect(yearPath(2023)).toBe('/years/2023/');
    expect(topicPath('pci')).toBe('/topics/pci/');
    expect(outcomePath('2019/ntb')).toBe('/outcomes/2019/ntb/');
  });

  it('adds a deployment base without doubling slashes', () => {
    expect(withBase('/years/', '/')).toBe('/years/');
    expect(withBase('/years/', '/archive/')).toBe('/archive/years/');
    expect(withBase('/years/', '/archive')).toBe('/archive/years/');
  });

  it('takes the base off again, and leaves a path outside it alone', () => {
    expect(withoutBase('/archive/topics/sva/', '/archive/')).toBe('/topics/sva/');
    expect(withoutBase('/topics/sva/', '/')).toBe('/topics/sva/');
    expect(withoutBase('/archived/x/', '/archive')).toBe('/archived/x/');
  });

  it('leaves absolute URLs and fragments alone', () => {
    expect(withBase('https://lpc.events/', '/archive/')).toBe('https://lpc.events/');
    expect(withBase('#outcomes', '/archive/')).toBe('#outcomes');
  });

  it('splits a year id and rejects anything else', () => {
    expect(splitYearId('2022/iommufd-discussion')).toEqual({ year: '2022', slug: 'iommufd-discussion' });
    expect(() => splitYearId('iommufd')).toThrow(/<year>\/<slug>/);
  });

  it('folds accented names to ASCII slugs', () => {
    expect(slugify('Jörg Rödel')).toBe('jorg-rodel');
    expect(slugify('Krzysztof Wilczyński')).toBe('krzysztof-wilczynski');
    expect(slugify('  SR-IOV / PASID  ')).toBe('sr-iov-pasid');
  });

  it('gives rows anchors without slashes', () => {
    expect(rowAnchor('outcome', '2023/posted-msi')).toBe('outcome-2023-posted-msi');
  });

  it('names the calendar, API and status-change paths in one place', () => {
    expect(calendarPath(2023)).toBe('/years/2023/schedule.ics');
    expect(apiPath('sessions')).toBe('/api/sessions.json');
    expect(apiPath('sessions', true)).toBe('/api/sessions.schema.json');
    expect(statusChangePath('2019/ntb', 0)).toBe('/outcomes/2019/ntb/#status-1');
  });

  it("adds this build's base to site paths", () => {
    // Tests run with the default base "/".
    expect(href('/years/')).toBe('/years/');
    expect(href('https://lpc.events/')).toBe('https://lpc.events/');
  });
});
