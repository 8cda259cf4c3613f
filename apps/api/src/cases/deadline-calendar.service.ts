import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@congdoan/domain';
import { CalendarYearsRepository } from '@congdoan/persistence';

/**
 * The calendar the legal clocks count with (official years from PostgreSQL, computed defaults for the rest). Read per
 * request: a handful of rows, and an admin's new notice shows at once in every "days left".
 */
@Injectable()
export class DeadlineCalendar {
  constructor(private readonly years: CalendarYearsRepository) {}

  async load(): Promise<WorkingCalendar> {
    return new WorkingCalendar(await this.years.official());
  }
}
