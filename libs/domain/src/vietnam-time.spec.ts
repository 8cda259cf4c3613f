import { vietnamDate } from './vietnam-time';

describe('vietnamDate', () => {
  it('is already tomorrow in Hà Nội from 17:00 UTC', () => {
    expect(vietnamDate(new Date('2026-11-21T16:59:59Z'))).toBe('2026-11-21');
    expect(vietnamDate(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
  });

  it('crosses the year on Vietnamese time, not UTC', () => {
    expect(vietnamDate(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-01');
  });
});
