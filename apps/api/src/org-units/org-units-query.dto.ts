import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class OrgUnitsQueryDto {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD (Vietnam time); default today', example: '2026-11-22' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'at must be a date YYYY-MM-DD' })
  at?: string;
}
