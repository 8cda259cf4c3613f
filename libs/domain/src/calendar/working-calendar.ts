import { FieldProblem, ValidationFailed } from '../domain-error';
import { civilOf, dayNumberOf, isoDateOf, parseIsoDate, weekdayOfDayNumber } from './calendar-date';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar-calendar';
import { DefaultCalendarOptions, YearCalendar, YearCalendarStatus, defaultYearCalendar, yearCalendarProblems } from './year-calendar';

/** The years a calendar can answer for: those the lunar computation is checked for. */
export const CALENDAR_MIN_YEAR = LUNAR_MIN_YEAR;
export const CALENDAR_MAX_YEAR = LUNAR_MAX_YEAR;

/** A day nobody works, and why: "Thứ Bảy", "Chủ nhật" or the holiday's name. */
export interface NonWorkingDay {
  date: string;
  reason: string;
}

/** One year, precomputed: each day off with its reason (index = day − firstDay), undefined on a working day. */
interface YearIndex {
  firstDay: number;
  daysOff: (NonWorkingDay | undefined)[];
}

/**
 * Which days are worked. A year given to the constructor (an official notice, or one an admin entered) is used as it
 * stands; any other year gets `defaultYearCalendar`, marked provisional. Each year is indexed once, on first use, so a
 * deadline costs one array read per day counted.
 */
export class WorkingCalendar {
  private readonly given = new Map<number, YearCalendar>();
  private readonly defaults = new Map<number, YearCalendar>();
  private readonly indexes = new Map<number, YearIndex>();
  private lastIndex: YearIndex | undefined; // deadlines walk day by day: usually the same year as the previous read

  constructor(
    years: readonly YearCalendar[] = [],
    private readonly options: DefaultCalendarOptions = {},
  ) {
    const problems: FieldProblem[] = [];
    years.forEach((calendar, i) => {
      const own = yearCalendarProblems(calendar);
      problems.push(...own.map((p) => ({ ...p, field: `years[${i}].${p.field}` })));
      if (own.length > 0) return;
      if (this.given.has(calendar.year)) {
        problems.push({
          field: `years[${i}].year`,
          rule: 'duplicate',
          message: `Năm ${calendar.year} được khai hai lần`,
          messageEn: `Year ${calendar.year} is given twice`,
        });
      }
      // A copy: a caller changing its objects later must not change answers already given.
      this.given.set(calendar.year, {
        ...calendar,
        holidays: calendar.holidays.map((d) => ({ ...d })),
        workingDays: calendar.workingDays.map((d) => ({ ...d })),
      });
    });
    if (problems.length > 0) throw new ValidationFailed(problems);
  }

  /** The calendar in force for `year`: the one given, else the computed default (provisional). */
  yearCalendar(year: number): YearCalendar {
    const given = this.given.get(year);
    if (given) return given;
    checkYear(year);
    let computed = this.defaults.get(year);
    if (!computed) {
      computed = defaultYearCalendar(year, this.options);
      this.defaults.set(year, computed);
    }
    return computed;
  }

  yearStatus(year: number): YearCalendarStatus {
    return this.yearCalendar(year).status;
  }

  isWorkingDay(date: string): boolean {
    return this.reasonOnDayNumber(parseIsoDate(date)) === undefined;
  }

  /** Why nobody works on `date` ("Thứ Bảy", "Chủ nhật" or the holiday's name); undefined on a working day. */
  nonWorkingReason(date: string): string | undefined {
    return this.reasonOnDayNumber(parseIsoDate(date));
  }

  /** `nonWorkingReason` by day number (days since 1970-01-01), for loops that count days. */
  reasonOnDayNumber(day: number): string | undefined {
    return this.dayOff(day)?.reason;
  }

  /** The day off at a day number as a new `{date, reason}`, undefined on a working day (no date formatting per call). */
  nonWorkingDayOnDayNumber(day: number): NonWorkingDay | undefined {
    const off = this.dayOff(day);
    return off && { date: off.date, reason: off.reason };
  }

  private dayOff(day: number): NonWorkingDay | undefined {
    let index = this.lastIndex;
    if (!index || day < index.firstDay || day >= index.firstDay + index.daysOff.length) {
      index = this.yearIndex(civilOf(day).year);
      this.lastIndex = index;
    }
    return index.daysOff[day - index.firstDay];
  }

  private yearIndex(year: number): YearIndex {
    let index = this.indexes.get(year);
    if (!index) {
      index = buildIndex(this.yearCalendar(year));
      this.indexes.set(year, index);
    }
    return index;
  }
}

function buildIndex(calendar: YearCalendar): YearIndex {
  const firstDay = dayNumberOf(calendar.year, 1, 1);
  const length = dayNumberOf(calendar.year + 1, 1, 1) - firstDay;
  const daysOff: (NonWorkingDay | undefined)[] = [];
  for (let day = firstDay; day < firstDay + length; day++) {
    const weekday = weekdayOfDayNumber(day);
    daysOff.push(weekday === 6 || weekday === 0 ? { date: isoDateOf(day), reason: weekday === 6 ? 'Thứ Bảy' : 'Chủ nhật' } : undefined);
  }
  for (const { date, name } of calendar.holidays) daysOff[parseIsoDate(date) - firstDay] = { date, reason: name };
  for (const { date } of calendar.workingDays) daysOff[parseIsoDate(date) - firstDay] = undefined;
  return { firstDay, daysOff };
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new ValidationFailed([
      {
        field: 'year',
        rule: 'range',
        message: `Lịch làm việc chỉ có cho các năm ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
        messageEn: `The working calendar covers ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR} only`,
      },
    ]);
  }
}
