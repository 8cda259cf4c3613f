import { PROCEDURES } from '@congdoan/domain';
import type { ReportCountRow } from '@congdoan/persistence';

export interface SummaryCounts {
  total: number;
  /** not closed yet */
  open: number;
  /** open, with the open step's due date before today (Vietnam time) */
  overdue: number;
  closed: number;
  /** closed with every action step done by its due date */
  closedOnTime: number;
  /** closedOnTime / closed, 0–1; null when none closed */
  onTimeRate: number | null;
  /** cases per status: `open` while in progress, else the outcome (RECOGNISED, REJECTED, WITHDRAWN…) */
  byStatus: Record<string, number>;
}

export interface SummaryRow extends SummaryCounts {
  procedureCode: string;
  procedureName: string;
  orgUnitId: string;
  orgUnitName: string;
}

export interface ReportSummary {
  from: string;
  to: string;
  rows: SummaryRow[];
  totals: SummaryCounts;
}

const PROCEDURE_NAMES = new Map(PROCEDURES.map((p) => [p.code, p.name]));

const emptyCounts = (): SummaryCounts => ({ total: 0, open: 0, overdue: 0, closed: 0, closedOnTime: 0, onTimeRate: null, byStatus: {} });

function add(into: SummaryCounts, row: ReportCountRow): void {
  into.total += row.total;
  into.open += row.open;
  into.overdue += row.overdue;
  into.closed += row.closed;
  into.closedOnTime += row.closedOnTime;
  into.byStatus[row.status] = (into.byStatus[row.status] ?? 0) + row.total;
}

/** Four decimals: enough for a percentage with two, without float noise (2/3 → 0.6667). */
const rate = (c: SummaryCounts): number | null => (c.closed === 0 ? null : Math.round((c.closedOnTime / c.closed) * 10_000) / 10_000);

/** Folds the per-status counts (in procedure, unit order) into one row per procedure and unit, and the totals. */
export function summarise(period: { from: string; to: string }, counts: readonly ReportCountRow[]): ReportSummary {
  const rows = new Map<string, SummaryRow>();
  const totals = emptyCounts();
  for (const c of counts) {
    const key = `${c.procedureCode}|${c.orgUnitId}`;
    let row = rows.get(key);
    if (!row) {
      const procedureName = PROCEDURE_NAMES.get(c.procedureCode) ?? c.procedureCode;
      row = { procedureCode: c.procedureCode, procedureName, orgUnitId: c.orgUnitId, orgUnitName: c.orgUnitName, ...emptyCounts() };
      rows.set(key, row);
    }
    add(row, c);
    add(totals, c);
  }
  const list = [...rows.values()];
  for (const row of list) row.onTimeRate = rate(row);
  totals.onTimeRate = rate(totals);
  return { from: period.from, to: period.to, rows: list, totals };
}
