import { FieldProblem } from '../domain-error';
import { WEEKDAY_NAMES, dayNumberOf, isWeekendDayNumber, isoDateOf, parseIsoDate, tryParseIsoDate, weekdayOfDayNumber } from './calendar-date';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, gioToDate, lastDayOfLunarYearBefore, solarToLunar, tetDate } from './lunar-calendar';

/**
 * One year's non-working days as plain JSON: it travels as a Temporal activity result and is stored by the API.
 * Ordinary Saturdays and Sundays are not listed; `holidays` holds the weekdays off (and may name holidays that fall on
 * a weekend), `workingDays` the Saturdays or Sundays worked in exchange for a day off (làm bù).
 */
export interface CalendarDay {
  date: string;
  name: string;
}

export type YearCalendarStatus = 'official' | 'provisional';

export interface YearCalendar {
  year: number;
  /** 'official' once an admin entered the yearly notice; 'provisional' (dự kiến) when computed by `defaultYearCalendar` */
  status: YearCalendarStatus;
  source?: string;
  holidays: CalendarDay[];
  workingDays: CalendarDay[];
}

export interface DefaultCalendarOptions {
  /** 24/11 "Ngày Văn hóa Việt Nam": party policy (NQ 80-NQ/TW), not yet law. Off until the amendment is cited. */
  nov24Holiday?: boolean;
}

export const DEFAULT_CALENDAR_SOURCE = 'Dự kiến theo BLLĐ 2019 Điều 111–112, chưa có thông báo chính thức của năm';

/**
 * The provisional calendar of a year with no official notice yet: the holidays of BLLĐ Art. 112(1), with the choices
 * Art. 112(3) leaves to the Prime Minister made as the yearly notices usually make them, then the compensatory days of
 * Art. 111(3).
 */
export function defaultYearCalendar(year: number, options: DefaultCalendarOptions = {}): YearCalendar {
  return {
    year,
    status: 'provisional',
    source: DEFAULT_CALENDAR_SOURCE,
    holidays: withCompensatoryDays(statutoryHolidays(year, options)),
    workingDays: [],
  };
}

/** BLLĐ Art. 112(1): the public holidays themselves, before any compensatory day. */
export function statutoryHolidays(year: number, options: DefaultCalendarOptions = {}): CalendarDay[] {
  const day = (month: number, dayOfMonth: number) => isoDateOf(dayNumberOf(year, month, dayOfMonth));
  const holidays: CalendarDay[] = [
    { date: day(1, 1), name: 'Tết Dương lịch' }, // (a) 1 day
    ...tetHolidays(year), // (b) 5 days
    { date: day(4, 30), name: 'Ngày Chiến thắng (30/4)' }, // (c)
    { date: day(5, 1), name: 'Ngày Quốc tế Lao động (1/5)' }, // (d)
    { date: day(9, 2), name: 'Quốc khánh (2/9)' }, // (đ) 2/9 …
    quocKhanhAdjacentDay(year), // … and one day next to it
    { date: gioToDate(year), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' }, // (e)
  ];
  if (options.nov24Holiday) holidays.push({ date: day(11, 24), name: 'Ngày Văn hóa Việt Nam (24/11)' });
  return mergeSameDay(sortByDate(holidays));
}

/**
 * Two holidays on one day (Giỗ Tổ fell on 30/4 in 1947) are one day off under both names: the Code gives a
 * compensatory day only for the weekly rest day (Art. 111(3)), not for two holidays meeting.
 */
function mergeSameDay(sorted: readonly CalendarDay[]): CalendarDay[] {
  const merged: CalendarDay[] = [];
  for (const holiday of sorted) {
    const previous = merged[merged.length - 1];
    if (previous?.date === holiday.date) previous.name = `${previous.name}; ${holiday.name}`;
    else merged.push({ ...holiday });
  }
  return merged;
}

/** Tết Âm lịch, 5 days: by default the last day of the old lunar year (29 or 30 tháng Chạp) and mùng 1 to mùng 4. */
function tetHolidays(year: number): CalendarDay[] {
  const eve = lastDayOfLunarYearBefore(year);
  const first = parseIsoDate(tetDate(year));
  return [
    { date: eve, name: `Tết Nguyên đán (${solarToLunar(eve).day} tháng Chạp)` },
    ...[1, 2, 3, 4].map((n) => ({ date: isoDateOf(first + n - 1), name: `Tết Nguyên đán (mùng ${n})` })),
  ];
}

/**
 * The day next to Quốc khánh: 1/9 or 3/9, whichever is a weekday; when both are, the one next to a weekend (so the
 * break joins it); when neither is (2/9 on a Wednesday), 3/9. Gives 2021 Thu → 3/9, 2022 Fri → 1/9, 2024 Mon → 3/9,
 * 2025 Tue → 1/9, as the notices of those years did.
 */
function quocKhanhAdjacentDay(year: number): CalendarDay {
  const before = dayNumberOf(year, 9, 1);
  const after = dayNumberOf(year, 9, 3);
  const nextToWeekend = (d: number) => isWeekendDayNumber(d - 1) || isWeekendDayNumber(d + 1);
  let chosen: number;
  if (isWeekendDayNumber(before)) chosen = after;
  else if (isWeekendDayNumber(after)) chosen = before;
  else if (nextToWeekend(before) && !nextToWeekend(after)) chosen = before;
  else chosen = after;
  return { date: isoDateOf(chosen), name: `Quốc khánh (ngày liền kề ${chosen === before ? '1/9' : '3/9'})` };
}

/**
 * BLLĐ Art. 111(3): a holiday falling on the weekly rest day (Saturday or Sunday in public bodies) is rested on the
 * next working day. Taken in date order, each one goes to the first weekday that is not a holiday or an earlier
 * compensatory day, so several holidays on one weekend (Tết) chain one after another.
 */
export function withCompensatoryDays(holidays: readonly CalendarDay[]): CalendarDay[] {
  const sorted = sortByDate(holidays);
  const taken = new Set(sorted.map((h) => parseIsoDate(h.date)));
  const compensatory: CalendarDay[] = [];
  for (const holiday of sorted) {
    const day = parseIsoDate(holiday.date);
    if (!isWeekendDayNumber(day)) continue;
    let rest = day + 1;
    while (isWeekendDayNumber(rest) || taken.has(rest)) rest++;
    taken.add(rest);
    compensatory.push({ date: isoDateOf(rest), name: `Nghỉ bù ${holiday.name}, trùng ${WEEKDAY_NAMES[weekdayOfDayNumber(day)]}` });
  }
  return sortByDate([...sorted, ...compensatory]);
}

function sortByDate(days: readonly CalendarDay[]): CalendarDay[] {
  return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** What is wrong with a year's calendar (as entered by an admin), empty when it can be used. */
export function yearCalendarProblems(calendar: YearCalendar): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, rule: string, message: string, messageEn: string): void => {
    problems.push({ field, rule, message, messageEn });
  };
  const { year } = calendar;
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    problem('year', 'range', `Năm phải từ ${LUNAR_MIN_YEAR} đến ${LUNAR_MAX_YEAR}`, `year must be ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
    return problems;
  }
  if (calendar.status !== 'official' && calendar.status !== 'provisional') {
    problem('status', 'enum', 'Trạng thái phải là official hoặc provisional', 'status must be official or provisional');
  }
  const seen = new Set<string>();
  const check = (list: 'holidays' | 'workingDays', entries: readonly CalendarDay[]) => {
    if (!Array.isArray(entries)) return problem(list, 'array', `${list}: phải là một danh sách`, `${list} must be a list`);
    entries.forEach((entry, i) => {
      const field = `${list}.${i}`; // the same paths the API's DTO validation gives (`holidays.0.date`)
      const day = tryParseIsoDate(entry?.date);
      if (day === undefined) {
        return problem(`${field}.date`, 'date', `Trường '${field}.date' phải là một ngày có thật, dạng YYYY-MM-DD`, `${field}.date must be a real date YYYY-MM-DD`);
      }
      if (Number(entry.date.slice(0, 4)) !== year) {
        problem(`${field}.date`, 'year', `Trường '${field}.date': ngày ${entry.date} không thuộc năm ${year}`, `${field}.date ${entry.date} is not in ${year}`);
      }
      if (seen.has(entry.date)) {
        problem(`${field}.date`, 'duplicate', `Trường '${field}.date': ngày ${entry.date} bị khai hai lần`, `${field}.date ${entry.date} is listed twice`);
      }
      seen.add(entry.date);
      if (list === 'workingDays' && !isWeekendDayNumber(day)) {
        problem(`${field}.date`, 'weekend', `Trường '${field}.date': ngày làm bù phải là Thứ Bảy hoặc Chủ nhật`, `${field}.date: a make-up working day must be a Saturday or Sunday`);
      }
      if (typeof entry.name !== 'string' || entry.name.trim() === '') {
        problem(`${field}.name`, 'required', `Trường '${field}.name': cần ghi tên ngày`, `${field}.name is required`);
      }
    });
  };
  check('holidays', calendar.holidays);
  check('workingDays', calendar.workingDays);
  return problems;
}
