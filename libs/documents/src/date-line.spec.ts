import { parseIsoDate, shortVietnameseDate, vietnameseDateLine } from './date-line';

describe('vietnameseDateLine', () => {
  it('writes the date in words, days below 10 and the months 1–2 with a leading zero (NĐ 30)', () => {
    expect(vietnameseDateLine('Gia Lai', '2026-02-05')).toBe('Gia Lai, ngày 05 tháng 02 năm 2026');
    expect(vietnameseDateLine('Gia Lai', '2026-11-22')).toBe('Gia Lai, ngày 22 tháng 11 năm 2026');
    expect(vietnameseDateLine('Gia Lai', '2026-12-01')).toBe('Gia Lai, ngày 01 tháng 12 năm 2026');
    expect(vietnameseDateLine('Pleiku', '2026-03-09')).toBe('Pleiku, ngày 09 tháng 3 năm 2026');
    expect(vietnameseDateLine('', '2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
  });

  it('writes dates inside the text as dd/mm/yyyy', () => {
    expect(shortVietnameseDate('2026-02-05')).toBe('05/02/2026');
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2026-02-30', '2026-2-5', '05/02/2026', '']) expect(() => parseIsoDate(bad)).toThrow(RangeError);
  });
});
