import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export class DocumentFileQueryDto {
  @ApiPropertyOptional({ enum: DOCUMENT_FORMATS, default: 'pdf', description: 'PDF to print, DOCX to edit in Word' })
  @IsOptional()
  @IsIn(DOCUMENT_FORMATS)
  format?: DocumentFormat;
}
