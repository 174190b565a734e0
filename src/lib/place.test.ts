import { describe, expect, it } from 'vitest';
import { editionPlace, editionWhere } from './place.ts';
import { year } from '../../tests/records.ts';

const edition = (e: Record<string, unknown>) =>
  year('2023', { edition: { name: 'LPC 2023', sources: ['https://lpc.events/'], ...e } }).data.edition;

describe("an edition's place", () => {
  it('names the city, and the venue only where asked', () => {
    const e = edition({ city: 'Richmond, VA, USA', venue: 'Omni Hotel', format: 'hybrid' });
    expect(editionPlace(e)).toBe('Richmond, VA, USA');
    expect(editionPlace(e, true)).toBe('Richmond, VA, USA, Omni Hotel');
    expect(editionWhere(e)).toBe('Richmond, VA, USA, Omni Hotel · In person and online');
  });

  it('says "Online" once for an edition held only online', () => {
    const e = edition({ format: 'virtual' });
    expect(editionPlace(e)).toBe('Online');
    expect(editionWhere(e)).toBe('Online');
  });

  it('says nothing is known when the sources give no place', () => {
    const e = edition({});
    expect(editionPlace(e)).toBeUndefined();
    expect(editionWhere(e)).toBe('Not known');
  });
});
