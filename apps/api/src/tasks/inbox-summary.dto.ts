import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PROCEDURE_CODES } from '../cases/cases.dto';

export class InboxSummaryQueryDto {
  @ApiPropertyOptional({ enum: PROCEDURE_CODES, description: 'narrows total and byState to this procedure; byProcedure still lists every procedure' })
  @IsOptional()
  @IsIn(PROCEDURE_CODES)
  procedureCode?: string;
}

export class InboxCountsByStateDto {
  @ApiProperty({ example: 2 })
  overdue!: number;

  @ApiProperty({ example: 1, description: 'due within 2 working days' })
  due_soon!: number;

  @ApiProperty({ example: 5 })
  on_time!: number;

  @ApiProperty({ example: 0, description: 'the clock is stopped (waiting for a supplement, suspended)' })
  paused!: number;
}

export class InboxProcedureCountDto {
  @ApiProperty({ enum: PROCEDURE_CODES, example: 'thanh-lap-cdcs' })
  procedureCode!: string;

  @ApiProperty({ example: 3 })
  count!: number;
}

export class InboxSummaryDto {
  @ApiProperty({ example: 8, description: 'open steps in the inbox (with the procedure filter, of that procedure)' })
  total!: number;

  @ApiProperty({ type: InboxCountsByStateDto, description: 'by deadline state today, as GET /api/tasks?state= filters them' })
  byState!: InboxCountsByStateDto;

  @ApiProperty({ type: [InboxProcedureCountDto], description: 'every procedure with open steps in the inbox, whatever the filter' })
  byProcedure!: InboxProcedureCountDto[];
}
