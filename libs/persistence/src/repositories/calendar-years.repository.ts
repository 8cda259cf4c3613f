import type { DataSource } from 'typeorm';
import type { YearCalendar } from '@congdoan/domain';
import { CalendarYearEntity } from '../entities/calendar-year.entity';

const toYearCalendar = (row: CalendarYearEntity): YearCalendar => ({
  year: row.year,
  status: 'official',
  source: row.source,
  holidays: row.holidays,
  workingDays: row.workingDays,
});

export class CalendarYearsRepository {
  constructor(private readonly db: DataSource) {}

  /** Every year with an official notice entered; years not listed use the computed defaults. */
  async official(): Promise<YearCalendar[]> {
    const rows = await this.db.getRepository(CalendarYearEntity).find({ order: { year: 'ASC' } });
    return rows.map(toYearCalendar);
  }

  async officialYear(year: number): Promise<YearCalendar | null> {
    const row = await this.db.getRepository(CalendarYearEntity).findOneBy({ year });
    return row ? toYearCalendar(row) : null;
  }

  /** Replaces the year's schedule in one statement (insert or update), recording who entered it. */
  async save(calendar: YearCalendar & { source: string }, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO calendar_years (year, source, holidays, working_days, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (year) DO UPDATE SET source = EXCLUDED.source, holidays = EXCLUDED.holidays,
         working_days = EXCLUDED.working_days, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [calendar.year, calendar.source, JSON.stringify(calendar.holidays), JSON.stringify(calendar.workingDays), userId],
    );
  }
}
