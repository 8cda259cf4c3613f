import { Workbook } from 'exceljs';
import type { SummaryTable } from './summary-table';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET_NAME = 'Tổng hợp';

/** One sheet: the bold header (frozen), a row per procedure and unit, the totals in bold; the rate as a percentage. */
export async function summaryXlsx(table: SummaryTable): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'Quy trình nội bộ Công đoàn';
  const sheet = book.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell.value));
  sheet.lastRow!.font = { bold: true };

  const kinds = table.rows[0]?.map((cell) => cell.kind) ?? [];
  table.header.forEach((title, i) => {
    const column = sheet.getColumn(i + 1);
    // Names get room to be read; figures are as wide as their heading, within reason.
    column.width = kinds[i] === 'text' ? (i === 1 ? 18 : 48) : Math.min(Math.max(title.length + 2, 10), 28);
    if (kinds[i] === 'rate') column.numFmt = '0.0%';
    if (kinds[i] === 'text') column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  return Buffer.from(await book.xlsx.writeBuffer());
}
