import fc from 'fast-check';
import { ValidationFailed } from '../domain-error';
import { addDays, dayNumberOf, dayOfWeek, isValidIsoDate, isoDateOf, parseIsoDate, vietnameseDate } from './calendar-date';

describe('calendar dates (YYYY-MM-DD)', () => {
  it('accepts real dates only', () => {
    expect(isValidIsoDate('2027-02-28')).toBe(true);
    expect(isValidIsoDate('2028-02-29')).toBe(true); // leap year
    expect(isValidIsoDate('2027-02-29')).toBe(false);
    expect(isValidIsoDate('2027-02-30')).toBe(false);
    expect(isValidIsoDate('2100-02-29')).toBe(false); // not a leap year
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    for (const bad of ['', '2027-2-3', '27-02-03', '2027-13-01', '2027-00-10', '2027-01-00', '2027-01-32', '2027-01-01T00:00', 20270101, null]) {
      expect(isValidIsoDate(bad)).toBe(false);
    }
  });

  it('refuses an impossible date with a validation error naming the field', () => {
    expect(() => parseIsoDate('2027-02-30', 'start')).toThrow(ValidationFailed);
    try {
      parseIsoDate('2027-02-30', 'start');
    } catch (err) {
      expect((err as ValidationFailed).details).toEqual([expect.objectContaining({ field: 'start', rule: 'date' })]);
    }
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(dayOfWeek('2027-01-25')).toBe(1); // Monday
    expect(dayOfWeek('2027-02-06')).toBe(6); // Saturday, Tết 2027
    expect(dayOfWeek('2026-04-26')).toBe(0); // Sunday, Giỗ Tổ 2026
    expect(dayOfWeek('1900-01-01')).toBe(1);
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2027-01-06', 30)).toBe('2027-02-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('writes dates the Vietnamese way', () => {
    expect(vietnameseDate('2027-02-05')).toBe('05/02');
    expect(vietnameseDate('2027-02-05', true)).toBe('05/02/2027');
  });

  it('agrees with Date.UTC for every day of 1900–2100', () => {
    const first = dayNumberOf(1900, 1, 1);
    const last = dayNumberOf(2100, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoDateOf(day)).toBe(iso);
        expect(parseIsoDate(iso)).toBe(day);
        expect(dayOfWeek(iso)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });
});
