import { CASE_STATUS_LABELS } from '@congdoan/domain';
import type { ReportSummary, SummaryCounts } from './report-summary';

/** One cell: text, a count, or a rate (0–1, or null when nothing closed). */
export type Cell = { kind: 'text'; value: string } | { kind: 'count'; value: number } | { kind: 'rate'; value: number | null };

export interface SummaryTable {
  header: string[];
  /** each row's cells in header order; the last row is the totals */
  rows: Cell[][];
}

const text = (value: string): Cell => ({ kind: 'text', value });
const count = (value: number): Cell => ({ kind: 'count', value });

/**
 * The report as one table for the CSV and Excel files, headed in Vietnamese: a row per procedure and unit, then the
 * totals; a column per case status found (open first, then the outcomes alphabetically), so no cell packs a list.
 */
export function summaryTable(summary: ReportSummary): SummaryTable {
  const statuses = Object.keys(summary.totals.byStatus).sort((a, b) => (a === 'open' ? -1 : b === 'open' ? 1 : a.localeCompare(b)));
  const header = [
    'Thủ tục',
    'Mã thủ tục',
    'Đơn vị',
    'Tổng số hồ sơ tiếp nhận',
    'Đã thụ lý',
    'Đang giải quyết',
    'Quá hạn',
    'Đã kết thúc',
    'Kết thúc đúng hạn',
    'Kết thúc quá hạn',
    'Tỷ lệ đúng hạn',
    'Chỉ tiêu đúng hạn',
    ...statuses.map((s) => `Trạng thái: ${CASE_STATUS_LABELS[s] ?? s}`),
  ];
  const figures = (c: SummaryCounts, target: number | null): Cell[] => [
    count(c.total),
    count(c.accepted),
    count(c.open),
    count(c.overdue),
    count(c.closed),
    count(c.closedOnTime),
    count(c.closedLate),
    { kind: 'rate', value: c.onTimeRate },
    target === null ? text('') : { kind: 'rate', value: target },
    ...statuses.map((s) => count(c.byStatus[s] ?? 0)),
  ];
  const rows = summary.rows.map((r) => [text(r.procedureName), text(r.procedureCode), text(r.orgUnitName), ...figures(r, r.onTimeTarget)]);
  rows.push([text(`Tổng cộng (hồ sơ tiếp nhận từ ${viDate(summary.from)} đến ${viDate(summary.to)})`), text(''), text(''), ...figures(summary.totals, null)]);
  return { header, rows };
}

/** The file name of an export: the report and its period, ASCII only. */
export const summaryFileName = (summary: ReportSummary, extension: 'csv' | 'xlsx') => `bao-cao-tong-hop_${summary.from}_${summary.to}.${extension}`;

const viDate = (iso: string) => iso.split('-').reverse().join('/');
