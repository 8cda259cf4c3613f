import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { attachmentDisposition } from '../attachments/file-name';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import type { ReportSummary } from './report-summary';
import { ReportQueryDto } from './reports.dto';
import { ReportsService } from './reports.service';
import { summaryCsv } from './summary-csv';
import { summaryFileName, summaryTable } from './summary-table';
import { XLSX_MEDIA_TYPE, summaryXlsx } from './summary-xlsx';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('summary')
  @ApiOperation({
    summary:
      'Báo cáo tổng hợp / cases received in the period (default this year) the user may see, per procedure and unit: open, overdue, closed, closed on time, on-time rate, per status',
  })
  @ApiResponse({ status: 400, description: 'a date is not YYYY-MM-DD, `to` is before `from`, an unknown procedure or a malformed unit id' })
  summary(@Query() query: ReportQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<ReportSummary> {
    return this.reports.summary(query, user);
  }

  @Get('summary.csv')
  @ApiOperation({ summary: 'Báo cáo tổng hợp (CSV) / the same report as CSV: UTF-8 with BOM, comma-separated, Vietnamese header, totals last' })
  @ApiProduces('text/csv')
  async csv(@Query() query: ReportQueryDto, @CurrentUser() user: AuthenticatedUser, @Res() res: Response): Promise<void> {
    const summary = await this.reports.summary(query, user);
    send(res, 'text/csv; charset=utf-8', summaryFileName(summary, 'csv'), Buffer.from(summaryCsv(summaryTable(summary)), 'utf8'));
  }

  @Get('summary.xlsx')
  @ApiOperation({ summary: 'Báo cáo tổng hợp (Excel) / the same report as an Excel workbook, sheet "Tổng hợp"' })
  @ApiProduces(XLSX_MEDIA_TYPE)
  async xlsx(@Query() query: ReportQueryDto, @CurrentUser() user: AuthenticatedUser, @Res() res: Response): Promise<void> {
    const summary = await this.reports.summary(query, user);
    send(res, XLSX_MEDIA_TYPE, summaryFileName(summary, 'xlsx'), await summaryXlsx(summaryTable(summary)));
  }
}

function send(res: Response, mediaType: string, fileName: string, bytes: Buffer): void {
  res.setHeader('Content-Type', mediaType);
  res.setHeader('Content-Disposition', attachmentDisposition(fileName));
  res.setHeader('Content-Length', String(bytes.length));
  // A report is as of now: a cached copy would show yesterday's figures.
  res.setHeader('Cache-Control', 'no-store');
  res.end(bytes);
}
