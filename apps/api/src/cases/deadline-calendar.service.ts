import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@congdoan/domain';
import { CalendarYearsRepository } from '@congdoan/persistence';

/** Long enough to spare a query on every inbox read and action; short enough that other replicas catch up soon. */
const TTL_MS = 60_000;

/**
 * The calendar the legal clocks count with (official years from PostgreSQL, computed defaults for the rest), kept for
 * a minute. This replica forgets it at once when an admin enters a notice here; other replicas within the minute.
 */
@Injectable()
export class DeadlineCalendar {
  private cached: { calendar: Promise<WorkingCalendar>; until: number } | undefined;

  constructor(private readonly years: CalendarYearsRepository) {}

  load(): Promise<WorkingCalendar> {
    if (!this.cached || this.cached.until < Date.now()) {
      const calendar = this.years.official().then((years) => new WorkingCalendar(years));
      calendar.catch(() => (this.cached = undefined)); // a failed read is not kept
      this.cached = { calendar, until: Date.now() + TTL_MS };
    }
    return this.cached.calendar;
  }

  invalidate(): void {
    this.cached = undefined;
  }
}
