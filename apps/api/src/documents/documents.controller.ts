import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { attachmentDisposition } from '../attachments/file-name';
import { uuidParam } from '../common/uuid-param.pipe';
import { DocumentRegisterService, type RegisterPage, registerFileName } from '../issuance/document-register.service';
import { XLSX_MEDIA_TYPE, registerCsv, registerXlsx } from '../issuance/register-files';
import { RegisterQueryDto } from '../issuance/register.dto';
import { DocumentFileQueryDto } from './documents.dto';
import { DocumentsService, type DocumentView } from './documents.service';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly register: DocumentRegisterService,
  ) {}

  // Declared before ':id', so 'register' is never read as a document id.
  @Get('register')
  @ApiOperation({
    summary:
      'Sổ đăng ký văn bản đi / every document an issuer numbered in a year (decisions and notices of cases too), in number order per type and series: số, ngày, tên loại, trích yếu, người ký, nơi nhận, hồ sơ, thay thế / đính chính',
  })
  @ApiProduces('application/json', 'text/csv', XLSX_MEDIA_TYPE)
  @ApiResponse({ status: 200, description: 'format=json: a page {issuer, year, items, nextCursor}; csv, xlsx: the whole register as a file' })
  @ApiResponse({ status: 400, description: 'issuerUnitId missing or not a UUID, a bad year, typeCode, format or cursor' })
  @ApiResponse({ status: 404, description: 'unknown issuing unit, or one whose cases the user may not see' })
  async registerOf(@Query() query: RegisterQueryDto, @CurrentUser() user: AuthenticatedUser, @Res() res: Response): Promise<void> {
    const format = query.format ?? 'json';
    if (format === 'json') {
      const page: RegisterPage = await this.register.page(query, user);
      res.json(page);
      return;
    }
    const { issuer, year, items } = await this.register.all(query, user);
    const bytes = format === 'csv' ? registerCsv(items) : await registerXlsx(`SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM ${year} - ${issuer.name.toLocaleUpperCase('vi')}`, items);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_MEDIA_TYPE);
    res.setHeader('Content-Disposition', attachmentDisposition(registerFileName(issuer, year, format)));
    res.setHeader('Content-Length', String(bytes.length));
    res.setHeader('Cache-Control', 'no-store');
    res.end(bytes);
  }

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
