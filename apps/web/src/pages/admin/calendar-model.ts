// GET|PUT /api/calendar/years/:year (apps/api/src/calendar, libs/domain year-calendar.ts), and the editing of it.

export interface CalendarDay {
  date: string;
  name: string;
}

export interface YearCalendar {
  year: number;
  /** official: an admin entered the year's notice; provisional (dự kiến): computed from the Labour Code */
  status: 'official' | 'provisional';
  source?: string;
  holidays: CalendarDay[];
  workingDays: CalendarDay[];
}

/** What the admin is editing: the two lists and the notice they come from. */
export interface CalendarDraft {
  holidays: CalendarDay[];
  workingDays: CalendarDay[];
  source: string;
}

export type DayKind = 'holiday' | 'workingDay';

export const draftOf = (calendar: YearCalendar): CalendarDraft => ({
  holidays: calendar.holidays,
  workingDays: calendar.workingDays,
  source: calendar.status === 'official' ? (calendar.source ?? '') : '',
});

/** The day's mark in the draft: a day off, a make-up working day, or nothing (an ordinary day). */
export function markOf(draft: CalendarDraft, date: string): { kind: DayKind; name: string } | null {
  const holiday = draft.holidays.find((d) => d.date === date);
  if (holiday) return { kind: 'holiday', name: holiday.name };
  const working = draft.workingDays.find((d) => d.date === date);
  return working ? { kind: 'workingDay', name: working.name } : null;
}

const byDate = (a: CalendarDay, b: CalendarDay) => a.date.localeCompare(b.date);

/** The draft with the day marked as `kind` under `name`, or unmarked (`null`); a day is in one list at most. */
export function markDay(draft: CalendarDraft, date: string, mark: { kind: DayKind; name: string } | null): CalendarDraft {
  const holidays = draft.holidays.filter((d) => d.date !== date);
  const workingDays = draft.workingDays.filter((d) => d.date !== date);
  if (mark?.kind === 'holiday') holidays.push({ date, name: mark.name.trim() });
  if (mark?.kind === 'workingDay') workingDays.push({ date, name: mark.name.trim() });
  return { ...draft, holidays: holidays.sort(byDate), workingDays: workingDays.sort(byDate) };
}

/** Whether the day's mark differs from the saved calendar's (shown as "chưa lưu"). */
export function changedDay(saved: CalendarDraft, draft: CalendarDraft, date: string): boolean {
  const a = markOf(saved, date);
  const b = markOf(draft, date);
  return a?.kind !== b?.kind || a?.name !== b?.name;
}

export const sameDraft = (a: CalendarDraft, b: CalendarDraft) => JSON.stringify(a) === JSON.stringify(b);

/** 0 Sunday … 6 Saturday, from the calendar date alone (no time zone involved). */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const isWeekend = (date: string) => [0, 6].includes(weekdayOf(date));

const pad = (n: number) => String(n).padStart(2, '0');

/** A month as weeks Monday to Sunday (the Vietnamese week), blanks (null) before the 1st and after the last day. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (weekdayOf(`${year}-${pad(month)}-01`) + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
