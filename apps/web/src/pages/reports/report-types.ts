// GET /api/reports/summary (apps/api/src/reports/report-summary.ts), as the reports page reads it.

export interface ReportCounts {
  total: number;
  open: number;
  /** open, with the open step's due date passed */
  overdue: number;
  closed: number;
  closedOnTime: number;
  /** closedOnTime / closed (0–1); null when none closed */
  onTimeRate: number | null;
  byStatus: Record<string, number>;
}

export interface ReportRow extends ReportCounts {
  procedureCode: string;
  procedureName: string;
  orgUnitId: string;
  orgUnitName: string;
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
