import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PROCEDURES } from '@congdoan/domain';
import { IsCalendarDate } from '../common/is-calendar-date.decorator';

export const PROCEDURE_CODES = PROCEDURES.map((p) => p.code);
export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateCaseDto {
  @ApiProperty({ enum: PROCEDURE_CODES, example: 'thanh-lap-cdcs' })
  @IsString()
  @IsIn(PROCEDURE_CODES)
  procedureCode!: string;

  @ApiProperty({ format: 'uuid', description: 'the deciding union body (for a founding case: the upper union, e.g. the CĐVC)' })
  @IsUUID()
  orgUnitId!: string;

  @ApiProperty({ example: 'Thành lập CĐCS Công ty TNHH May Gia Lai', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ example: '2026-11-20', description: 'the day the dossier arrived (YYYY-MM-DD, Vietnam time, not in the future); default today' })
  @IsOptional()
  @IsCalendarDate()
  receivedAt?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "the procedure's fields (api.md, minimum data per procedure)",
    example: { unitName: 'Công ty TNHH May Gia Lai', memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }] },
  })
  @IsObject()
  data!: Record<string, unknown>;
}

/** `?limit=&cursor=`: keyset pagination, never OFFSET. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;

  @ApiPropertyOptional({ description: 'the nextCursor of the previous page, as received' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class ListCasesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PROCEDURE_CODES })
  @IsOptional()
  @IsIn(PROCEDURE_CODES)
  procedureCode?: string;

  @ApiPropertyOptional({ example: 'open', description: "'open' while in progress, else the outcome (RECOGNISED, REJECTED, WITHDRAWN…)" })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  status?: string;

  @ApiPropertyOptional({ description: 'part of the case code or title' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;
}
