import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { dayNumberOf, isoDateOf, parseIsoDate } from './calendar-date';
import { DeadlineUnit, computeDeadline } from './deadline';
import { OFFICIAL_YEAR_CALENDARS } from './official-notices';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(OFFICIAL_YEAR_CALENDARS);
const startDay = fc.integer({ min: dayNumberOf(1990, 1, 1), max: dayNumberOf(2090, 12, 31) });
const amount = fc.integer({ min: 1, max: 120 });
const unit = fc.constantFrom<DeadlineUnit>('working_days', 'calendar_days');
const dueDay = (start: number, n: number, u: DeadlineUnit) => parseIsoDate(computeDeadline(calendar, { start: isoDateOf(start), amount: n, unit: u }).due);
const RUNS = { numRuns: 500 };

describe('computeDeadline: properties for any start 1990–2090 and 1–120 days', () => {
  it('a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 0, max: 60 }), amount, unit, (start, later, n, u) => {
        expect(dueDay(start + later, n, u)).toBeGreaterThanOrEqual(dueDay(start, n, u));
      }),
      RUNS,
    );
  });

  it('the deadline is always a working day, after the start', () => {
    fc.assert(
      fc.property(startDay, amount, unit, (start, n, u) => {
        const due = dueDay(start, n, u);
        expect(due).toBeGreaterThan(start);
        expect(calendar.reasonOnDayNumber(due)).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('n working days never end before n calendar days', () => {
    fc.assert(
      fc.property(startDay, amount, (start, n) => {
        expect(dueDay(start, n, 'working_days')).toBeGreaterThanOrEqual(dueDay(start, n, 'calendar_days'));
      }),
      RUNS,
    );
  });

  it('n working days: exactly n working days from the day after start to the deadline, every other day skipped', () => {
    fc.assert(
      fc.property(startDay, amount, (start, n) => {
        const result = computeDeadline(calendar, { start: isoDateOf(start), amount: n, unit: 'working_days' });
        const due = parseIsoDate(result.due);
        let working = 0;
        const offDays: string[] = [];
        for (let day = start + 1; day <= due; day++) {
          if (calendar.reasonOnDayNumber(day) === undefined) working++;
          else offDays.push(isoDateOf(day));
        }
        expect(working).toBe(n);
        expect(result.skipped.map((s) => s.date)).toEqual(offDays);
      }),
      RUNS,
    );
  });

  it('n calendar days: the last day is start + n, moved only past the non-working days it lands on', () => {
    fc.assert(
      fc.property(startDay, amount, (start, n) => {
        const result = computeDeadline(calendar, { start: isoDateOf(start), amount: n, unit: 'calendar_days' });
        const due = parseIsoDate(result.due);
        expect(due - start - n).toBe(result.skipped.length);
        result.skipped.forEach((s, i) => {
          expect(s.date).toBe(isoDateOf(start + n + i));
          expect(s.reason).toBe(calendar.nonWorkingReason(s.date));
        });
      }),
      RUNS,
    );
  });
});

describe('computeDeadline: speed', () => {
  it('computes 10,000 deadlines well within 100 ms', () => {
    const requests = Array.from({ length: 10_000 }, (_, i) => ({
      start: isoDateOf(dayNumberOf(2024, 1, 1) + ((i * 37) % 1500)),
      amount: 1 + (i % 120),
      unit: (i % 2 === 0 ? 'working_days' : 'calendar_days') as DeadlineUnit,
    }));
    const warm = new WorkingCalendar(OFFICIAL_YEAR_CALENDARS);
    requests.slice(0, 200).forEach((r) => computeDeadline(warm, r)); // index the years and let the JIT settle
    const rounds = [0, 1, 2].map(() => {
      const began = performance.now();
      for (const request of requests) computeDeadline(warm, request);
      return performance.now() - began;
    });
    // The median of three rounds: one noisy moment on a small shared machine is not a regression.
    const median = [...rounds].sort((a, b) => a - b)[1];
    process.stdout.write(`10,000 deadlines: ${rounds.map((ms) => ms.toFixed(1)).join(', ')} ms (median ${median.toFixed(1)})\n`);
    expect(median).toBeLessThan(100);
  });
});
