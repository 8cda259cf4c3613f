import { FieldProblem, ValidationFailed } from '../domain-error';
import { dayNumberOf, invalidDateProblem, isoDateOf, tryParseIsoDate } from './calendar-date';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, NonWorkingDay, WorkingCalendar } from './working-calendar';

/**
 * Legal deadlines, counted as the law counts them:
 * - "ngày làm việc" (working days): counting starts the day after the event; weekends and non-working days are
 *   skipped; the deadline is the `amount`-th working day.
 * - "ngày" (calendar days), BLDS 2015 Art. 147–148: counting starts the day after the event (147(2–3)), so the last
 *   day is start + amount; if that day is a weekend or holiday, the period ends on the next working day (148(5)).
 *
 * An amount of 0 means "on the day of the event": due = start, nothing skipped, even when start is not a working day
 * (no period runs, so there is no last day for Art. 148(5) to move).
 */
export const DEADLINE_UNITS = ['working_days', 'calendar_days'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** Ten years: far beyond any procedure's period, low enough that a typo cannot keep a server counting. */
export const MAX_DEADLINE_AMOUNT = 3650;

export interface DeadlineRequest {
  /** the day of the triggering event (received, accepted …), `YYYY-MM-DD` */
  start: string;
  amount: number;
  unit: DeadlineUnit;
}

export type SkippedDay = NonWorkingDay;

export interface DeadlineResult {
  start: string;
  due: string;
  /** the non-working days that moved the deadline, each with its reason ("Thứ Bảy", "Tết Nguyên đán (mùng 1)" …) */
  skipped: SkippedDay[];
}

const isInteger = Number.isInteger; // local: global lookups are slow in Temporal's workflow sandbox
const FIRST_DAY = dayNumberOf(CALENDAR_MIN_YEAR, 1, 1);
const LAST_DAY = dayNumberOf(CALENDAR_MAX_YEAR, 12, 31);

export function computeDeadline(calendar: WorkingCalendar, request: DeadlineRequest): DeadlineResult {
  const startDay = checkRequest(request);
  const { start, amount, unit } = request;
  if (amount === 0) return { start, due: start, skipped: [] };
  const skipped: SkippedDay[] = [];
  let day = startDay;
  if (unit === 'working_days') {
    let counted = 0;
    while (counted < amount) {
      day = nextDay(day);
      const off = calendar.nonWorkingDayOnDayNumber(day);
      if (off === undefined) counted++;
      else skipped.push(off);
    }
  } else {
    day = startDay + amount;
    if (day > LAST_DAY) throw beyondCalendar();
    for (let off = calendar.nonWorkingDayOnDayNumber(day); off !== undefined; off = calendar.nonWorkingDayOnDayNumber(day)) {
      skipped.push(off);
      day = nextDay(day);
    }
  }
  return { start, due: isoDateOf(day), skipped };
}

function nextDay(day: number): number {
  if (day >= LAST_DAY) throw beyondCalendar();
  return day + 1;
}

function beyondCalendar(): ValidationFailed {
  return new ValidationFailed([
    {
      field: 'amount',
      rule: 'range',
      message: `Hạn vượt quá năm ${CALENDAR_MAX_YEAR}, ngoài phạm vi lịch làm việc`,
      messageEn: `The deadline falls after ${CALENDAR_MAX_YEAR}, beyond the working calendar`,
    },
  ]);
}

/** Every problem of the request at once (so a form can show them together); the start's day number when none. */
function checkRequest(request: DeadlineRequest): number {
  const problems: FieldProblem[] = [];
  const startDay = tryParseIsoDate(request.start);
  if (startDay === undefined) problems.push(invalidDateProblem('start'));
  else if (startDay < FIRST_DAY || startDay > LAST_DAY) {
    problems.push({
      field: 'start',
      rule: 'range',
      message: `Trường 'start': chỉ tính được hạn từ các ngày trong ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
      messageEn: `start must be within ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
    });
  }
  const { amount } = request;
  if (typeof amount !== 'number' || !isInteger(amount) || amount < 0) {
    problems.push({
      field: 'amount',
      rule: 'integer',
      message: "Trường 'amount': số ngày phải là số nguyên không âm",
      messageEn: 'amount must be a whole number of days, 0 or more',
    });
  } else if (amount > MAX_DEADLINE_AMOUNT) {
    problems.push({
      field: 'amount',
      rule: 'max',
      message: `Trường 'amount': số ngày không được vượt quá ${MAX_DEADLINE_AMOUNT}`,
      messageEn: `amount must be at most ${MAX_DEADLINE_AMOUNT}`,
    });
  }
  if (!(DEADLINE_UNITS as readonly unknown[]).includes(request.unit)) {
    problems.push({
      field: 'unit',
      rule: 'enum',
      message: "Trường 'unit' phải là working_days (ngày làm việc) hoặc calendar_days (ngày)",
      messageEn: 'unit must be working_days or calendar_days',
    });
  }
  if (problems.length > 0 || startDay === undefined) throw new ValidationFailed(problems);
  return startDay;
}
