import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../cases/cases.dto';
import { IsCalendarDate } from '../common/is-calendar-date.decorator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// Ids are compared with the caller's, which PostgreSQL writes in lower case.
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value);
/** Query strings are text: only the words true/false become booleans; anything else is left for @IsBoolean to refuse. */
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateStandInDto {
  @ApiProperty({ format: 'uuid', description: 'the leader who is away (người ủy quyền)' })
  @Transform(lower)
  @IsUUID()
  principalUserId!: string;

  @ApiProperty({ format: 'uuid', description: 'who acts for them (người được ủy quyền): staff of the same unit' })
  @Transform(lower)
  @IsUUID()
  substituteUserId!: string;

  @ApiProperty({ format: 'uuid', description: 'the unit where the principal holds the role being delegated' })
  @Transform(lower)
  @IsUUID()
  orgUnitId!: string;

  @ApiProperty({ example: '2026-12-01', description: 'first day (YYYY-MM-DD, Vietnam time)' })
  @IsCalendarDate()
  validFrom!: string;

  @ApiProperty({ example: '2026-12-15', description: 'last day, inclusive; not in the past; at most 366 days after validFrom counted inclusively' })
  @IsCalendarDate()
  validTo!: string;

  @ApiProperty({ example: 'Xử lý và ký các văn bản về công tác tổ chức trong thời gian Chủ tịch đi công tác', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  scope!: string;

  @ApiProperty({ example: 'Giấy ủy quyền số 12/GUQ-CĐVC', description: 'the written decision (TUQ must be in writing)', maxLength: 300 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reference!: string;
}

export class ListStandInsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only those in force today (Vietnam time)' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  active?: boolean;
}
