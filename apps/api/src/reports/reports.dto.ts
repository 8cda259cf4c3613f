import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PROCEDURE_CODES } from '../cases/cases.dto';
import { IsCalendarDate } from '../common/is-calendar-date.decorator';

/** `?from=&to=&procedureCode=&orgUnitId=`: the same query for the JSON summary and its CSV and Excel exports. */
export class ReportQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'received from (YYYY-MM-DD, inclusive); default 1 January of the year of `to`, or of this year' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'received until (YYYY-MM-DD, inclusive); default 31 December of the year of `from`, or of this year' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: PROCEDURE_CODES })
  @IsOptional()
  @IsIn(PROCEDURE_CODES)
  procedureCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'only the cases of this unit (the units below it are not included)' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}
