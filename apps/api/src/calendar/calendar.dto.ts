import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date.decorator';

export const DEADLINE_UNITS = ['working_days', 'calendar_days'] as const;

export class DeadlineQueryDto {
  @ApiProperty({ example: '2027-01-25', description: 'the triggering day (receipt, acceptance…), YYYY-MM-DD' })
  @IsCalendarDate()
  start!: string;

  @ApiProperty({ example: 10, minimum: 1, maximum: 3650 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  amount!: number;

  @ApiProperty({ enum: DEADLINE_UNITS, description: 'ngày làm việc (working days) or ngày (calendar days, BLDS 2015 Art. 147–148)' })
  @IsIn(DEADLINE_UNITS)
  unit!: (typeof DEADLINE_UNITS)[number];
}

export class CalendarDayDto {
  @ApiProperty({ example: '2027-02-05' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: 'Tết Nguyên đán' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}

export class PutYearCalendarDto {
  @ApiPropertyOptional({ example: 'TB 1234/TB-BNV ngày 15/11/2026', description: 'the notice this schedule comes from' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  source?: string;

  @ApiProperty({ type: [CalendarDayDto], description: 'weekdays off (holidays, compensatory and swapped days)' })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  holidays!: CalendarDayDto[];

  @ApiProperty({ type: [CalendarDayDto], description: 'Saturdays or Sundays worked in exchange (làm bù)' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  workingDays!: CalendarDayDto[];
}
