import { dayOfWeek } from './calendar-date';
import { OFFICIAL_YEAR_CALENDARS } from './official-notices';
import { yearCalendarProblems } from './year-calendar';

/** The `off` and `work` lists of shared/domain/official-calendars.md, copied as the test vector. */
const NOTICES: Record<number, { off: string[]; work: string[] }> = {
  2024: {
    off: ['2024-01-01', '2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-04-18', '2024-04-29', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03'],
    work: ['2024-05-04'],
  },
  2025: {
    off: ['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02'],
    work: ['2025-04-26'],
  },
  2026: {
    off: [
      '2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-27', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02',
    ],
    work: ['2026-01-10', '2026-08-22'],
  },
};

describe('official 2024–2026 schedules', () => {
  it('covers 2024, 2025 and 2026, each marked official with its notices', () => {
    expect(OFFICIAL_YEAR_CALENDARS.map((c) => [c.year, c.status])).toEqual([
      [2024, 'official'],
      [2025, 'official'],
      [2026, 'official'],
    ]);
    expect(OFFICIAL_YEAR_CALENDARS[0].source).toBe('TB 5015/TB-LĐTBXH 22/11/2023; VPCP 2450/VPCP-KGVX 12/04/2024');
    expect(OFFICIAL_YEAR_CALENDARS[1].source).toContain('TB 6150/TB-LĐTBXH');
    expect(OFFICIAL_YEAR_CALENDARS[2].source).toContain('VPCP 12729/VPCP-KGVX');
    expect(OFFICIAL_YEAR_CALENDARS[2].source).toContain('TB 9441/TB-BNV');
  });

  it.each(OFFICIAL_YEAR_CALENDARS.map((c) => [c.year, c] as const))('%i: lists exactly the weekdays off and make-up days of the notices', (year, calendar) => {
    const weekdaysOff = calendar.holidays.map((h) => h.date).filter((d) => ![0, 6].includes(dayOfWeek(d)));
    expect(weekdaysOff).toEqual(NOTICES[year].off);
    expect(calendar.workingDays.map((d) => d.date)).toEqual(NOTICES[year].work);
    expect(yearCalendarProblems(calendar)).toEqual([]);
    expect(calendar.holidays.map((h) => h.date)).toEqual([...calendar.holidays.map((h) => h.date)].sort());
  });

  it('names every day in Vietnamese', () => {
    const names = OFFICIAL_YEAR_CALENDARS.flatMap((c) => [...c.holidays, ...c.workingDays].map((d) => d.name));
    expect(names.every((n) => /^(Tết|Giỗ Tổ|Ngày|Quốc khánh|Nghỉ bù|Nghỉ hoán đổi|Làm bù)/.test(n))).toBe(true);
  });
});
