import { FieldProblem, ValidationFailed } from '../domain-error';

/**
 * Calendar dates are ISO strings `YYYY-MM-DD` (a day in Vietnam, no time, no zone). Arithmetic is done on a "day
 * number" (days since 1970-01-01) with integer formulas only: no `Date`, no local time, so workflow replays and every
 * server's time zone give the same answer.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// A local alias: in a sandbox (Temporal's workflow vm, Jest) every lookup of a global such as `Math` is slow, and
// deadline loops convert many days.
const floor = Math.floor;

export const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `dayNumberOf` (H. Hinnant's civil_from_days). */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floor((dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const mp = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `YYYY-MM-DD` of a day number. */
export function isoDateOf(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber);
  return `${year < 1000 ? `000${year}`.slice(-4) : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The day number of a well-formed, real date, or undefined (2027-02-30, 2027-2-3, '' and non-strings are refused). */
export function tryParseIsoDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = +match[1];
  const month = +match[2];
  const day = +match[3];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberOf(year, month, day);
}

export function isValidIsoDate(value: unknown): value is string {
  return tryParseIsoDate(value) !== undefined;
}

export function invalidDateProblem(field: string): FieldProblem {
  return {
    field,
    rule: 'date',
    message: `Trường '${field}' phải là một ngày có thật, dạng YYYY-MM-DD`,
    messageEn: `${field} must be a real date in the form YYYY-MM-DD`,
  };
}

/** The day number of `value`; throws ValidationFailed naming `field` when it is not a real `YYYY-MM-DD` date. */
export function parseIsoDate(value: unknown, field = 'date'): number {
  const dayNumber = tryParseIsoDate(value);
  if (dayNumber === undefined) throw new ValidationFailed([invalidDateProblem(field)]);
  return dayNumber;
}

export function addDays(date: string, days: number): string {
  return isoDateOf(parseIsoDate(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as in JavaScript's `getUTCDay`. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function dayOfWeek(date: string): number {
  return weekdayOfDayNumber(parseIsoDate(date));
}

export function isWeekendDayNumber(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday === 0 || weekday === 6;
}

export function yearOfIsoDate(date: string): number {
  return Number(date.slice(0, 4));
}

/** `dd/mm` or `dd/mm/yyyy`, as Vietnamese documents write dates. */
export function vietnameseDate(date: string, withYear = false): string {
  const [year, month, day] = date.split('-');
  return withYear ? `${day}/${month}/${year}` : `${day}/${month}`;
}
