import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ACTIONS, type Action, type DeadlineState } from '@congdoan/domain';
import { PROCEDURE_CODES, PageQueryDto } from '../cases/cases.dto';

export const DEADLINE_STATES: readonly DeadlineState[] = ['on_time', 'due_soon', 'overdue', 'paused'];

const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

export class ListTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PROCEDURE_CODES })
  @IsOptional()
  @IsIn(PROCEDURE_CODES)
  procedureCode?: string;

  @ApiPropertyOptional({ enum: DEADLINE_STATES, description: 'only tasks in this deadline state today (due_soon: within 2 working days)' })
  @IsOptional()
  @IsIn(DEADLINE_STATES)
  state?: DeadlineState;
}

export class ActDataDto {
  @ApiPropertyOptional({ type: [String], example: ['Biên bản đại hội thành lập', 'Danh sách trích ngang'], description: 'return: the missing dossier items' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(trim) : value))
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  missing?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'delegate: who takes the step (must hold its role in its unit)' })
  @IsOptional()
  @IsUUID()
  toUserId?: string;

  @ApiPropertyOptional({ example: 30, description: "extend: days added to the period, in the period's own unit" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  amount?: number;

  @ApiPropertyOptional({ example: '03/QĐ-UBKT', description: 'extend: the decision (QĐ gia hạn) that grants it' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  decisionRef?: string;
}

export class ActDto {
  @ApiProperty({ enum: ACTIONS, example: 'approve' })
  @IsIn(ACTIONS)
  action!: Action;

  @ApiPropertyOptional({ maxLength: 2000, description: 'required for reject: the reason' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => trim(value))
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ type: ActDataDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ActDataDto)
  data?: ActDataDto;
}
