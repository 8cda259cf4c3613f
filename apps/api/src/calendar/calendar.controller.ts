import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type DeadlineResult, ValidationFailed, type YearCalendar } from '@congdoan/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequireRole } from '../auth/require-role.decorator';
import { DeadlineQueryDto, PutYearCalendarDto } from './calendar.dto';
import { CalendarService } from './calendar.service';

const yearParam = new ParseIntPipe({
  exceptionFactory: () =>
    new ValidationFailed([{ field: 'year', rule: 'isInt', message: "Trường 'year' phải là số năm, ví dụ 2027", messageEn: 'year must be a year number such as 2027' }]),
});

function inRange(year: number): number {
  if (year < 1900 || year > 2100) {
    throw new ValidationFailed([{ field: 'year', rule: 'range', message: "Trường 'year' phải từ 1900 đến 2100", messageEn: 'year must be between 1900 and 2100' }]);
  }
  return year;
}

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('deadline')
  @ApiOperation({ summary: 'Tính hạn / the due date of a legal period, with the non-working days skipped and why' })
  deadline(@Query() query: DeadlineQueryDto): Promise<DeadlineResult> {
    return this.calendar.deadline(query);
  }

  @Get('years/:year')
  @ApiOperation({ summary: "Lịch nghỉ của năm / a year's days off and make-up working days (official, or computed and provisional)" })
  year(@Param('year', yearParam) year: number): Promise<YearCalendar> {
    return this.calendar.year(inRange(year));
  }

  @Put('years/:year')
  @RequireRole('admin')
  @ApiOperation({ summary: "Nhập thông báo nghỉ lễ chính thức / enter a year's official notice (admin)" })
  saveYear(@Param('year', yearParam) year: number, @Body() body: PutYearCalendarDto, @CurrentUser() user: AuthenticatedUser): Promise<YearCalendar> {
    return this.calendar.saveYear(inRange(year), body, user.id);
  }
}
