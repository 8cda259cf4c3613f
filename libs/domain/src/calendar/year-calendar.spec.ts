import { dayOfWeek } from './calendar-date';
import { defaultYearCalendar, statutoryHolidays, withCompensatoryDays, yearCalendarProblems, YearCalendar } from './year-calendar';

const weekdaysOff = (calendar: YearCalendar) => calendar.holidays.map((h) => h.date).filter((d) => ![0, 6].includes(dayOfWeek(d)));
const nameOn = (calendar: YearCalendar, date: string) => calendar.holidays.find((h) => h.date === date)?.name;

describe('defaultYearCalendar: a year with no official notice (BLLĐ Art. 111–112)', () => {
  it('gives 2027 exactly the weekdays off assumed in the worked examples (procedures.md §10)', () => {
    const calendar = defaultYearCalendar(2027);
    expect(calendar.status).toBe('provisional');
    expect(calendar.workingDays).toEqual([]);
    expect(weekdaysOff(calendar)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
    ]);
  });

  it('names the days in Vietnamese, weekend holidays and their compensatory days included', () => {
    const calendar = defaultYearCalendar(2027);
    expect(calendar.holidays).toEqual([
      { date: '2027-01-01', name: 'Tết Dương lịch' },
      { date: '2027-02-05', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { date: '2027-02-06', name: 'Tết Nguyên đán (mùng 1)' },
      { date: '2027-02-07', name: 'Tết Nguyên đán (mùng 2)' },
      { date: '2027-02-08', name: 'Tết Nguyên đán (mùng 3)' },
      { date: '2027-02-09', name: 'Tết Nguyên đán (mùng 4)' },
      { date: '2027-02-10', name: 'Nghỉ bù Tết Nguyên đán (mùng 1), trùng Thứ Bảy' },
      { date: '2027-02-11', name: 'Nghỉ bù Tết Nguyên đán (mùng 2), trùng Chủ nhật' },
      { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2027-04-30', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2027-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
      { date: '2027-05-03', name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5), trùng Thứ Bảy' },
      { date: '2027-09-02', name: 'Quốc khánh (2/9)' },
      { date: '2027-09-03', name: 'Quốc khánh (ngày liền kề 3/9)' },
    ]);
  });

  it.each([
    [2021, 'Thursday', '2021-09-03'],
    [2022, 'Friday', '2022-09-01'],
    [2024, 'Monday', '2024-09-03'],
    [2025, 'Tuesday', '2025-09-01'],
    [2027, 'Thursday', '2027-09-03'],
    [2032, 'Thursday', '2032-09-03'],
    [2026, 'Wednesday: neither neighbour touches a weekend', '2026-09-03'],
    [2023, 'Saturday', '2023-09-01'],
    [2029, 'Sunday', '2029-09-03'],
  ])('adds to Quốc khánh %i (2/9 a %s) the adjacent day %s', (year, _weekday, adjacent) => {
    expect(nameOn(defaultYearCalendar(year), adjacent)).toMatch(/^Quốc khánh \(ngày liền kề/);
  });

  it('gives a weekend Quốc khánh its compensatory day after the adjacent day (2023: 2/9 Saturday)', () => {
    const calendar = defaultYearCalendar(2023);
    expect(weekdaysOff(calendar).filter((d) => d.startsWith('2023-09'))).toEqual(['2023-09-01', '2023-09-04']);
    expect(nameOn(calendar, '2023-09-04')).toBe('Nghỉ bù Quốc khánh (2/9), trùng Thứ Bảy');
  });

  it('moves 30/4 and 1/5 on a weekend to the following Monday and Tuesday (2022)', () => {
    const calendar = defaultYearCalendar(2022); // 30/4 Saturday, 1/5 Sunday
    expect(weekdaysOff(calendar).filter((d) => d >= '2022-04-25' && d <= '2022-05-10')).toEqual(['2022-05-02', '2022-05-03']);
    expect(nameOn(calendar, '2022-05-02')).toBe('Nghỉ bù Ngày Chiến thắng (30/4), trùng Thứ Bảy');
    expect(nameOn(calendar, '2022-05-03')).toBe('Nghỉ bù Ngày Quốc tế Lao động (1/5), trùng Chủ nhật');
  });

  it('chains compensatory days past other holidays (Giỗ Tổ on Sunday 26/04/2026 → Monday 27/04)', () => {
    const calendar = defaultYearCalendar(2026);
    expect(nameOn(calendar, '2026-04-27')).toBe('Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch), trùng Chủ nhật');
    const chained = withCompensatoryDays([
      { date: '2027-05-01', name: 'A' }, // Saturday
      { date: '2027-05-02', name: 'B' }, // Sunday
      { date: '2027-05-03', name: 'C' }, // Monday, itself a holiday
    ]);
    expect(chained.map((d) => d.date)).toEqual(['2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05']);
  });

  it('takes Tết as 29 Chạp + mùng 1–4 in 2027, and 30 Chạp + mùng 1–4 in a year with a 30 Chạp (2024)', () => {
    expect(statutoryHolidays(2027).filter((h) => h.name.startsWith('Tết Nguyên đán')).map((h) => h.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
    const tet2024 = statutoryHolidays(2024).filter((h) => h.name.startsWith('Tết Nguyên đán'));
    expect(tet2024[0]).toEqual({ date: '2024-02-09', name: 'Tết Nguyên đán (30 tháng Chạp)' });
    expect(tet2024.map((h) => h.date)).toEqual(['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13']);
  });

  it('matches the official 2026 Tết (16–20/02) when the notice follows the usual pattern', () => {
    expect(weekdaysOff(defaultYearCalendar(2026)).filter((d) => d.startsWith('2026-02'))).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('adds 24/11 only when the flag is on (pending law), with its compensatory day', () => {
    expect(nameOn(defaultYearCalendar(2029), '2029-11-24')).toBeUndefined();
    const withFlag = defaultYearCalendar(2029, { nov24Holiday: true }); // 24/11/2029 is a Saturday
    expect(nameOn(withFlag, '2029-11-24')).toBe('Ngày Văn hóa Việt Nam (24/11)');
    expect(nameOn(withFlag, '2029-11-26')).toBe('Nghỉ bù Ngày Văn hóa Việt Nam (24/11), trùng Thứ Bảy');
  });

  it('gives one day off under both names when Giỗ Tổ falls on 30/4 (1947)', () => {
    expect(nameOn(defaultYearCalendar(1947), '1947-04-30')).toBe('Ngày Chiến thắng (30/4); Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  });

  it('gives every year 1900–2100 its holidays, one compensatory weekday per weekend holiday, all in the year', () => {
    for (let year = 1900; year <= 2100; year++) {
      const calendar = defaultYearCalendar(year);
      const proper = calendar.holidays.filter((h) => !h.name.startsWith('Nghỉ bù'));
      const compensatory = calendar.holidays.filter((h) => h.name.startsWith('Nghỉ bù'));
      expect(proper).toHaveLength(year === 1947 ? 10 : 11);
      expect(compensatory).toHaveLength(proper.filter((h) => [0, 6].includes(dayOfWeek(h.date))).length);
      expect(compensatory.every((h) => ![0, 6].includes(dayOfWeek(h.date)))).toBe(true);
      expect(new Set(calendar.holidays.map((h) => h.date)).size).toBe(calendar.holidays.length);
      expect(yearCalendarProblems(calendar)).toEqual([]);
    }
  });

  it('is plain JSON (it travels as an activity result and is stored by the API)', () => {
    const calendar = defaultYearCalendar(2027);
    expect(JSON.parse(JSON.stringify(calendar))).toEqual(calendar);
  });
});

describe('yearCalendarProblems: checking a year entered by an admin', () => {
  const valid: YearCalendar = {
    year: 2027,
    status: 'official',
    holidays: [{ date: '2027-02-05', name: 'Tết Nguyên đán' }],
    workingDays: [{ date: '2027-02-20', name: 'Làm bù' }],
  };

  it('accepts a coherent year', () => {
    expect(yearCalendarProblems(valid)).toEqual([]);
  });

  it('names every field that is wrong', () => {
    const problems = yearCalendarProblems({
      ...valid,
      holidays: [
        { date: '2027-02-30', name: 'x' },
        { date: '2028-01-01', name: 'x' },
        { date: '2027-03-01', name: ' ' },
        { date: '2027-02-20', name: 'x' },
      ],
      workingDays: [
        { date: '2027-02-20', name: 'Làm bù' }, // also listed as a day off
        { date: '2027-02-22', name: 'Làm bù' }, // a Monday: nothing to make up
      ],
    });
    expect(problems.map((p) => `${p.field}:${p.rule}`)).toEqual([
      'holidays.0.date:date',
      'holidays.1.date:year',
      'holidays.2.name:required',
      'workingDays.0.date:duplicate',
      'workingDays.1.date:weekend',
    ]);
    expect(problems[0].message).toContain('YYYY-MM-DD');
    expect(problems[0].messageEn).toContain('YYYY-MM-DD');
  });

  it('refuses a year outside 1900–2100 and an unknown status', () => {
    expect(yearCalendarProblems({ ...valid, year: 2101, holidays: [], workingDays: [] }).map((p) => p.field)).toEqual(['year']);
    expect(yearCalendarProblems({ ...valid, status: 'draft' as 'official' }).map((p) => p.field)).toEqual(['status']);
  });
});
