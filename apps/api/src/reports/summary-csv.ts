import type { Cell, SummaryTable } from './summary-table';

/** Excel reads a UTF-8 file as UTF-8 (Vietnamese intact) only when it starts with the byte order mark. */
const BOM = '\uFEFF';

/**
 * RFC 4180 CSV, comma-separated: a field with a comma, quote or line break is quoted. Text that a spreadsheet would
 * run as a formula (a unit named "=HYPERLINK(…)") is prefixed with an apostrophe (OWASP CSV injection).
 */
export function summaryCsv(table: SummaryTable): string {
  const lines = [table.header.map(field), ...table.rows.map((row) => row.map((cell) => field(cellText(cell))))];
  return BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

/** A rate as a percentage with one decimal and a dot (`66.7`), empty when nothing closed. */
function cellText(cell: Cell): string {
  if (cell.kind === 'rate') return cell.value === null ? '' : (Math.round(cell.value * 1000) / 10).toFixed(1);
  if (cell.kind === 'count') return String(cell.value);
  return /^[=+\-@\t\r]/.test(cell.value) ? `'${cell.value}` : cell.value;
}

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
