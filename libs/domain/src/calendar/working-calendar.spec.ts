import { ValidationFailed } from '../domain-error';
import { OFFICIAL_YEAR_CALENDARS } from './official-notices';
import { WorkingCalendar } from './working-calendar';
import { YearCalendar, defaultYearCalendar } from './year-calendar';

describe('WorkingCalendar', () => {
  const calendar = new WorkingCalendar(OFFICIAL_YEAR_CALENDARS);

  it('works on the make-up Saturday 10/01/2026 and rests on Tết 16/02/2026', () => {
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.nonWorkingReason('2026-01-10')).toBeUndefined();
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(calendar.nonWorkingReason('2026-02-16')).toBe('Tết Nguyên đán (29 tháng Chạp)');
  });

  it('rests on 03/09/2024 and works on Saturday 04/05/2024', () => {
    expect(calendar.nonWorkingReason('2024-09-03')).toBe('Quốc khánh (ngày liền kề 3/9)');
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
  });

  it('gives the reason for a day off: the weekday name, or the holiday (even on a weekend)', () => {
    expect(calendar.nonWorkingReason('2026-03-07')).toBe('Thứ Bảy');
    expect(calendar.nonWorkingReason('2026-03-08')).toBe('Chủ nhật');
    expect(calendar.nonWorkingReason('2026-03-09')).toBeUndefined();
    expect(calendar.nonWorkingReason('2026-04-26')).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(calendar.nonWorkingReason('2026-04-27')).toBe('Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch), trùng Chủ nhật');
  });

  it('uses an official year as it stands, never mixed with the computed default', () => {
    // The default for 2024 would rest 15/02 (second compensatory Tết day) and work 08/02; the notice did the reverse.
    expect(defaultYearCalendar(2024).holidays.map((h) => h.date)).toContain('2024-02-15');
    expect(calendar.isWorkingDay('2024-02-15')).toBe(true);
    expect(calendar.isWorkingDay('2024-02-08')).toBe(false);
    expect(new WorkingCalendar().isWorkingDay('2024-02-15')).toBe(false);
    // An official year with no holidays at all really has none.
    const bare = new WorkingCalendar([{ year: 2027, status: 'official', holidays: [], workingDays: [] }]);
    expect(bare.isWorkingDay('2027-01-01')).toBe(true);
  });

  it('computes years with no notice, marked provisional', () => {
    expect(calendar.yearStatus(2026)).toBe('official');
    expect(calendar.yearStatus(2027)).toBe('provisional');
    expect(calendar.nonWorkingReason('2027-02-10')).toBe('Nghỉ bù Tết Nguyên đán (mùng 1), trùng Thứ Bảy');
    expect(calendar.yearCalendar(2027)).toEqual(defaultYearCalendar(2027));
    expect(calendar.yearCalendar(2027)).toBe(calendar.yearCalendar(2027)); // computed once
  });

  it('passes the 24/11 option on to computed years', () => {
    expect(new WorkingCalendar([], { nov24Holiday: true }).nonWorkingReason('2027-11-24')).toBe('Ngày Văn hóa Việt Nam (24/11)');
    expect(new WorkingCalendar().isWorkingDay('2027-11-24')).toBe(true);
  });

  it('does not change its answers when the caller later edits the objects it was given', () => {
    const year: YearCalendar = { year: 2027, status: 'official', holidays: [{ date: '2027-03-08', name: 'Ngày Quốc tế Phụ nữ' }], workingDays: [] };
    const own = new WorkingCalendar([year]);
    year.holidays[0].date = '2027-03-09';
    expect(own.isWorkingDay('2027-03-08')).toBe(false);
    expect(own.isWorkingDay('2027-03-09')).toBe(true);
  });

  it('refuses incoherent or duplicate years, malformed dates and years out of range', () => {
    const year: YearCalendar = { year: 2027, status: 'official', holidays: [], workingDays: [] };
    expect(() => new WorkingCalendar([year, year])).toThrow(ValidationFailed);
    expect(() => new WorkingCalendar([{ ...year, holidays: [{ date: '2027-02-30', name: 'x' }] }])).toThrow(ValidationFailed);
    expect(() => calendar.isWorkingDay('2027-02-30')).toThrow(ValidationFailed);
    expect(() => calendar.isWorkingDay('2101-01-03')).toThrow(ValidationFailed);
  });
});
