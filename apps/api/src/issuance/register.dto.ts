import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CALENDAR_MIN_YEAR } from '@congdoan/domain';
import { PageQueryDto } from '../cases/cases.dto';

export const REGISTER_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value);
/** Query strings are text: only the words true/false become booleans; anything else is left for @IsBoolean to refuse. */
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** `GET /api/documents/register`: one issuer's year, optionally one type and one series; JSON pages or a whole file. */
export class RegisterQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid', description: 'the issuing unit (cơ quan ban hành), e.g. the CĐVC' })
  @Transform(lower)
  @IsUUID()
  issuerUnitId!: string;

  @ApiPropertyOptional({ example: 2026, description: 'the numbering year (numbers run from 01 on 1 January); default this year, Vietnam time' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(CALENDAR_MIN_YEAR)
  @Max(9999)
  year?: number;

  @ApiPropertyOptional({ example: 'KH', description: 'only this type code (ký hiệu loại văn bản): KH, QĐ, TB, CV…' })
  @IsOptional()
  @MaxLength(10)
  @Matches(/^\p{L}+$/u, { message: 'typeCode must be letters only (a type code such as KH, QĐ, TB)' })
  typeCode?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only the secret series (sổ văn bản mật); false: only the ordinary one; default both' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  secret?: boolean;

  @ApiPropertyOptional({ enum: REGISTER_FORMATS, default: 'json', description: 'json: a page of entries; csv, xlsx: the whole register as a file' })
  @IsOptional()
  @IsIn(REGISTER_FORMATS)
  format?: RegisterFormat;
}
