import { Workbook } from 'exceljs';
import { summaryCsv } from '../reports/summary-csv';
import { REGISTER_HEADER, type RegisterEntry, registerCells } from './register-entry';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET_NAME = 'Sổ văn bản đi';
/** Column widths in characters, REGISTER_HEADER's order: the trích yếu and nơi nhận get room to be read. */
const WIDTHS = [18, 12, 14, 60, 28, 40, 16, 48];

/** The whole register as the report exports are written (UTF-8 with BOM, RFC 4180, formula-looking text defused). */
export function registerCsv(entries: readonly RegisterEntry[]): Buffer {
  const rows = entries.map((e) => registerCells(e).map((value) => ({ kind: 'text' as const, value })));
  return Buffer.from(summaryCsv({ header: REGISTER_HEADER, rows }), 'utf8');
}

/** One sheet, headed by the issuer and year, the column titles bold and frozen; a line per document in number order. */
export async function registerXlsx(title: string, entries: readonly RegisterEntry[]): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'Quy trình nội bộ Công đoàn';
  const sheet = book.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, REGISTER_HEADER.length);
  const header = sheet.addRow(REGISTER_HEADER);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  // Cells are written as text: a trích yếu beginning with "=" stays words, never a formula.
  for (const entry of entries) sheet.addRow(registerCells(entry));
  WIDTHS.forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
