import { Injectable } from '@nestjs/common';
import {
  type CalendarDay,
  type DeadlineResult,
  ValidationFailed,
  type YearCalendar,
  computeDeadline,
  defaultYearCalendar,
  yearCalendarProblems,
} from '@congdoan/domain';
import { CalendarYearsRepository, CasesRepository } from '@congdoan/persistence';
import { CaseWorkflows } from '../cases/case-workflows.service';
import { DeadlineCalendar } from '../cases/deadline-calendar.service';
import type { DeadlineQueryDto, PutYearCalendarDto } from './calendar.dto';

@Injectable()
export class CalendarService {
  constructor(
    private readonly years: CalendarYearsRepository,
    private readonly cases: CasesRepository,
    private readonly workflows: CaseWorkflows,
    private readonly calendar: DeadlineCalendar,
  ) {}

  /** Exactly what the legal clocks compute: official years from the database, computed defaults for the rest. */
  async deadline(query: DeadlineQueryDto): Promise<DeadlineResult> {
    return computeDeadline(await this.calendar.load(), { start: query.start, amount: query.amount, unit: query.unit });
  }

  async year(year: number): Promise<YearCalendar> {
    return (await this.years.officialYear(year)) ?? defaultYearCalendar(year);
  }

  /** Stores an official notice for the year after checking it is coherent; the whole year is replaced. */
  async saveYear(year: number, body: PutYearCalendarDto, userId: string): Promise<YearCalendar> {
    const calendar = {
      year,
      status: 'official' as const,
      source: body.source ?? 'Nhập bởi quản trị viên / entered by an administrator',
      holidays: sortByDate(body.holidays),
      workingDays: sortByDate(body.workingDays),
    };
    // Checked as entered (not sorted), so each problem names the position the admin typed.
    const problems = yearCalendarProblems({ ...calendar, holidays: body.holidays, workingDays: body.workingDays });
    if (problems.length) throw new ValidationFailed(problems);
    await this.years.save(calendar, userId);
    this.calendar.invalidate();
    await this.workflows.announceCalendar(await this.cases.openCaseIds(), await this.years.official());
    return calendar;
  }
}

const sortByDate = (days: CalendarDay[]) => [...days].sort((a, b) => a.date.localeCompare(b.date)).map(({ date, name }) => ({ date, name }));
