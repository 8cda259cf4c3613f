import { addDays, parseIsoDate, isoDateOf } from '../calendar/calendar-date';
import type { DeadlineUnit } from '../calendar/deadline';
import type { WorkingCalendar } from '../calendar/working-calendar';

/**
 * A legal clock is data, not a timer: a budget counted from a start date, a ledger of pauses (time not counted, e.g.
 * a tố cáo suspended under Luật TC Art. 34) and extensions (each by a decision). Its due date is a pure function of
 * this record and the calendar, so the workflow's timers and the screen's "days left" never disagree.
 */
export interface LegalClock {
  /** the day of the triggering event (dossier received, complete, accepted…); counting starts the day after */
  start: string;
  budget: { amount: number; unit: DeadlineUnit };
  /** `from` is the first day not counted; `to` the day counting resumes (absent while paused) */
  pauses: { from: string; to?: string; reason: string; decisionRef?: string; resumeRef?: string }[];
  extensions: { amount: number; reason: string; decisionRef?: string }[];
}

export function newClock(start: string, amount: number, unit: DeadlineUnit): LegalClock {
  return { start, budget: { amount, unit }, pauses: [], extensions: [] };
}

export function isPaused(clock: LegalClock): boolean {
  return clock.pauses.some((p) => p.to === undefined);
}

/** The last day of the period (undefined while the clock is paused: it has no due date until it runs again). */
export function clockDueDate(calendar: WorkingCalendar, clock: LegalClock): string | undefined {
  if (isPaused(clock)) return undefined;
  const budget = clock.budget.amount + clock.extensions.reduce((sum, e) => sum + e.amount, 0);
  const paused = pausedDayRanges(clock);
  const isPausedDay = (day: number) => paused.some(([from, to]) => day >= from && day < to);
  let day = parseIsoDate(clock.start, 'start');
  let counted = 0;
  while (counted < budget) {
    day++;
    if (isPausedDay(day)) continue;
    if (clock.budget.unit === 'calendar_days' || calendar.nonWorkingDayOnDayNumber(day) === undefined) counted++;
  }
  // BLDS 2015 Art. 148(5): a period in calendar days that ends on a day off ends on the next working day.
  while (calendar.nonWorkingDayOnDayNumber(day) !== undefined) day++;
  return isoDateOf(day);
}

function pausedDayRanges(clock: LegalClock): [number, number][] {
  return clock.pauses.map((p) => [parseIsoDate(p.from, 'from'), parseIsoDate(p.to ?? p.from, 'to')]);
}

/** A period ends at 24:00 of its last day (BLDS 148(1)): overdue from 00:00 Vietnam time (UTC+7) the next day. */
export function overdueInstant(dueDate: string): number {
  return Date.parse(`${addDays(dueDate, 1)}T00:00:00+07:00`);
}

/** 07:30 Vietnam time on a date: when reminders and escalations computed for that day go out. */
export function morningInstant(date: string): number {
  return Date.parse(`${date}T07:30:00+07:00`);
}

/** The date `n` working days after `date` (n > 0) or before it (n < 0). */
export function shiftWorkingDays(calendar: WorkingCalendar, date: string, n: number): string {
  let day = parseIsoDate(date, 'date');
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (calendar.nonWorkingDayOnDayNumber(day) === undefined) left--;
  }
  return isoDateOf(day);
}

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue' | 'paused';

/** How a step's deadline looks today: due soon within `soonWithin` working days (default 2), overdue after its day. */
export function deadlineState(calendar: WorkingCalendar, dueDate: string | undefined, today: string, soonWithin = 2): DeadlineState {
  if (dueDate === undefined) return 'paused';
  if (today > dueDate) return 'overdue';
  return shiftWorkingDays(calendar, today, soonWithin) >= dueDate ? 'due_soon' : 'on_time';
}

/** Working days from `today` to `dueDate` (0 on the due date itself, negative once overdue). */
export function workingDaysLeft(calendar: WorkingCalendar, today: string, dueDate: string): number {
  let from = parseIsoDate(today, 'today');
  const to = parseIsoDate(dueDate, 'dueDate');
  const sign = to >= from ? 1 : -1;
  let n = 0;
  while (from !== to) {
    from += sign;
    if (calendar.nonWorkingDayOnDayNumber(from) === undefined) n += sign;
  }
  return n;
}
