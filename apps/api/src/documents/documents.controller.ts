import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { attachmentDisposition } from '../attachments/file-name';
import { uuidParam } from '../common/uuid-param.pipe';
import { DocumentFileQueryDto } from './documents.dto';
import { DocumentsService, type DocumentView } from './documents.service';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'Văn bản đã ban hành / an issued document: kind, number, date, signer, trích yếu, case' })
  @ApiResponse({ status: 404, description: 'unknown, or its case is not visible to this user' })
  describe(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: AuthenticatedUser): Promise<DocumentView> {
    return this.documents.describe(id, user);
  }

  @Get(':id/file')
  @ApiOperation({ summary: 'Tải văn bản / the document as PDF (to print) or DOCX (to edit), in the NĐ 30/2020 format' })
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiResponse({ status: 400, description: 'format is not pdf or docx' })
  @ApiResponse({ status: 404, description: 'unknown, or its case is not visible to this user' })
  async file(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: DocumentFileQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.documents.file(id, query.format ?? 'pdf', user);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
    res.setHeader('Content-Length', String(file.bytes.length));
    res.end(file.bytes);
  }
}
