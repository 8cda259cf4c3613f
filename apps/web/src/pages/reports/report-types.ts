// GET /api/reports/summary (apps/api/src/reports/report-summary.ts), as the reports page reads it.

export interface ReportCounts {
  /** received in the period */
  total: number;
  /** accepted for resolution (thụ lý, tiếp nhận) */
  accepted: number;
  open: number;
  /** open, with the open step's due date passed */
  overdue: number;
  closed: number;
  closedOnTime: number;
  closedLate: number;
  /** closedOnTime / closed (0–1); null when none closed */
  onTimeRate: number | null;
  byStatus: Record<string, number>;
}

export interface ReportRow extends ReportCounts {
  procedureCode: string;
  procedureName: string;
  orgUnitId: string;
  orgUnitName: string;
  /** the share to close on time set for the procedure (complaints, denunciations: 1 = 100%), else null */
  onTimeTarget: number | null;
  /** whether the rate reaches it; null without a target or with nothing closed */
  meetsTarget: boolean | null;
}

export interface ReportSummary {
  from: string;
  to: string;
  rows: ReportRow[];
  totals: ReportCounts;
}

export interface ReportFilters {
  from: string;
  to: string;
  procedureCode?: string;
  orgUnitId?: string;
}

/** The query string of the summary and of both exports: the same filters give the same figures. */
export function reportQuery(filters: ReportFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.procedureCode) params.set('procedureCode', filters.procedureCode);
  if (filters.orgUnitId) params.set('orgUnitId', filters.orgUnitId);
  return params.toString();
}

/** The rows summed per procedure or per unit, for the chart. */
export function groupRows(rows: readonly ReportRow[], by: 'procedure' | 'unit'): { key: string; name: string; open: number; overdue: number; closed: number }[] {
  const groups = new Map<string, { key: string; name: string; open: number; overdue: number; closed: number }>();
  for (const row of rows) {
    const key = by === 'procedure' ? row.procedureCode : row.orgUnitId;
    const group = groups.get(key) ?? { key, name: by === 'procedure' ? row.procedureName : row.orgUnitName, open: 0, overdue: 0, closed: 0 };
    group.open += row.open;
    group.overdue += row.overdue;
    group.closed += row.closed;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The rows held to an on-time target, summed: how the complaints and denunciations fare against their 100%. */
export function targetFigures(rows: readonly ReportRow[]): { target: number; closed: number; closedOnTime: number; rate: number | null } | null {
  const held = rows.filter((r) => r.onTimeTarget !== null);
  if (held.length === 0) return null;
  const closed = held.reduce((n, r) => n + r.closed, 0);
  const closedOnTime = held.reduce((n, r) => n + r.closedOnTime, 0);
  return { target: Math.max(...held.map((r) => r.onTimeTarget as number)), closed, closedOnTime, rate: closed === 0 ? null : closedOnTime / closed };
}
