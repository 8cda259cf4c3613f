import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { ValidationFailed } from '../domain-error';
import { dayNumberOf, isoDateOf } from './calendar-date';
import { gioToDate, lastDayOfLunarYearBefore, lunarToSolar, solarToLunar, tetDate } from './lunar-calendar';

/** Tết and Giỗ Tổ 1900–2100 from the published Vietnamese algorithm (shared/domain/lunar-dates.csv). */
const fixture = readFileSync(path.join(__dirname, 'lunar-dates.fixture.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [year, tet, gioTo] = line.split(',');
    return { year: Number(year), tet, gioTo };
  });

describe('Vietnamese lunar calendar', () => {
  it('has the whole published table, 1900–2100', () => {
    expect(fixture).toHaveLength(201);
    expect(fixture[0].year).toBe(1900);
    expect(fixture[200].year).toBe(2100);
  });

  it.each(fixture)('gives Tết $tet and Giỗ Tổ $gioTo for $year', ({ year, tet, gioTo }) => {
    expect(tetDate(year)).toBe(tet);
    expect(gioToDate(year)).toBe(gioTo);
  });

  it('follows Vietnam (UTC+7), not China (UTC+8), where they differ', () => {
    expect(tetDate(1985)).toBe('1985-01-21'); // China: 20/02/1985
    expect(tetDate(2007)).toBe('2007-02-17'); // China: 18/02/2007
    expect(tetDate(2030)).toBe('2030-02-02'); // China: 03/02/2030
  });

  it('knows the recent Tết days', () => {
    expect(tetDate(2024)).toBe('2024-02-10');
    expect(tetDate(2025)).toBe('2025-01-29');
    expect(tetDate(2026)).toBe('2026-02-17');
    expect(tetDate(2027)).toBe('2027-02-06');
    expect(tetDate(2028)).toBe('2028-01-26');
    expect(gioToDate(2026)).toBe('2026-04-26');
    expect(gioToDate(2027)).toBe('2027-04-16');
  });

  it('ends the lunar year on 29 Chạp in 2027 (no "30 Tết") and on 30 Chạp in 2024', () => {
    expect(lastDayOfLunarYearBefore(2027)).toBe('2027-02-05');
    expect(solarToLunar('2027-02-05')).toEqual({ day: 29, month: 12, year: 2026, leap: false });
    expect(lastDayOfLunarYearBefore(2024)).toBe('2024-02-09');
    expect(solarToLunar('2024-02-09')).toEqual({ day: 30, month: 12, year: 2023, leap: false });
  });

  it('converts a Gregorian date to its lunar date', () => {
    expect(solarToLunar('2026-02-17')).toEqual({ day: 1, month: 1, year: 2026, leap: false });
    expect(solarToLunar('2027-04-16')).toEqual({ day: 10, month: 3, year: 2027, leap: false });
    expect(solarToLunar('2026-01-01')).toEqual({ day: 13, month: 11, year: 2025, leap: false });
  });

  it('handles leap months (2023 repeated month 2; 2025 repeated month 6)', () => {
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(() => lunarToSolar(1, 3, 2025, true)).toThrow(ValidationFailed);
  });

  it('refuses day 30 of a 29-day month, and years outside 1900–2100', () => {
    expect(() => lunarToSolar(30, 12, 2026, false)).toThrow(ValidationFailed);
    expect(lunarToSolar(30, 12, 2023, false)).toBe('2024-02-09');
    expect(() => tetDate(1899)).toThrow(ValidationFailed);
    expect(() => tetDate(2101)).toThrow(ValidationFailed);
    expect(() => solarToLunar('2101-01-01')).toThrow(ValidationFailed);
  });

  it('converts back and forth without loss, 1900–2100', () => {
    const first = dayNumberOf(1900, 3, 1);
    const last = dayNumberOf(2100, 10, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const date = isoDateOf(day);
        const lunar = solarToLunar(date);
        expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(date);
      }),
      { numRuns: 500 },
    );
  });
});
