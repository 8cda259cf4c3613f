import { PROCEDURES } from '@congdoan/domain';
import type { ReportCountRow } from '@congdoan/persistence';

export interface SummaryCounts {
  /** received in the period */
  total: number;
  /** accepted for resolution (thụ lý, tiếp nhận): an acceptance document was issued */
  accepted: number;
  /** not closed yet */
  open: number;
  /** open, with the open step's due date before today (Vietnam time) */
  overdue: number;
  closed: number;
  /** closed with every action step done by its due date */
  closedOnTime: number;
  /** closed with a step done after its due date */
  closedLate: number;
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
  /** the share to close on time set for the procedure (complaints and denunciations: 100%), null when none is set */
  onTimeTarget: number | null;
  /** whether the on-time rate reaches the target; null without a target or with nothing closed */
  meetsTarget: boolean | null;
}

export interface ReportSummary {
  from: string;
  to: string;
  rows: SummaryRow[];
  totals: SummaryCounts;
}

const PROCEDURE_NAMES = new Map(PROCEDURES.map((p) => [p.code, p.name]));
const TARGETS = new Map(PROCEDURES.map((p) => [p.code, p.report?.onTimeTarget ?? null]));
/** Every document kind that shows a case was accepted, whatever its procedure (each kind belongs to one). */
export const ACCEPTANCE_KINDS: readonly string[] = PROCEDURES.flatMap((p) => p.report?.acceptedBy ?? []);

const emptyCounts = (): SummaryCounts => ({ total: 0, accepted: 0, open: 0, overdue: 0, closed: 0, closedOnTime: 0, closedLate: 0, onTimeRate: null, byStatus: {} });

function add(into: SummaryCounts, row: ReportCountRow): void {
  into.total += row.total;
  into.accepted += row.accepted;
  into.open += row.open;
  into.overdue += row.overdue;
  into.closed += row.closed;
  into.closedOnTime += row.closedOnTime;
  into.closedLate += row.closed - row.closedOnTime;
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
      const onTimeTarget = TARGETS.get(c.procedureCode) ?? null;
      row = { procedureCode: c.procedureCode, procedureName, orgUnitId: c.orgUnitId, orgUnitName: c.orgUnitName, onTimeTarget, meetsTarget: null, ...emptyCounts() };
      rows.set(key, row);
    }
    add(row, c);
    add(totals, c);
  }
  const list = [...rows.values()];
  for (const row of list) {
    row.onTimeRate = rate(row);
    row.meetsTarget = row.onTimeTarget === null || row.onTimeRate === null ? null : row.onTimeRate >= row.onTimeTarget;
  }
  totals.onTimeRate = rate(totals);
  return { from: period.from, to: period.to, rows: list, totals };
}
