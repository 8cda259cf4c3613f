import type { DataSource } from 'typeorm';
import { CASE_ACCESS_CTES, caseAccessible } from './cases.repository';

export interface ReportFilter {
  /** received_at from, inclusive (YYYY-MM-DD) */
  from: string;
  /** received_at to, inclusive (YYYY-MM-DD) */
  to: string;
  procedureCode?: string;
  /** the document kinds that show a case was accepted (thụ lý, tiếp nhận) */
  acceptanceKinds: readonly string[];
  /** only the cases of this unit (not of the units below it: each unit has its own rows) */
  orgUnitId?: string;
}

/** The counts of one procedure, unit and case status. */
export interface ReportCountRow {
  procedureCode: string;
  orgUnitId: string;
  orgUnitName: string;
  status: string;
  total: number;
  /** accepted for resolution: an acceptance document was issued */
  accepted: number;
  open: number;
  overdue: number;
  closed: number;
  closedOnTime: number;
}

/**
 * A closed case is on time when every action step ended on or before its due date (Vietnam date of completed_at ≤
 * due_date). The case's own legal_due_date cannot say it: it mirrors the open step's due date and is set to null when
 * the case closes. A step's due_date already carries its extensions and pauses (retimed while it was open); a step
 * without one (its clock paused when it ended) has nothing to be late for. Escalation entries are not steps.
 */
const LATE_STEP = `
  SELECT 1 FROM tasks t
   WHERE t.case_id = c.id AND t.kind = 'action' AND t.due_date IS NOT NULL
     AND (COALESCE(t.completed_at, c.closed_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > t.due_date`;

/** The figures of the summary report, read from the case read model. */
export class ReportsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Counts of the cases the user may see ($1 user, $2 today, as the case list), received in the period, per
   * procedure, unit and status. Open: not closed; overdue: open with the open step's due date (legal_due_date)
   * before today.
   */
  async countsVisible(userId: string, today: string, filter: ReportFilter): Promise<ReportCountRow[]> {
    const params: unknown[] = [userId, today, filter.from, filter.to, filter.acceptanceKinds];
    const where = [caseAccessible('c'), 'c.received_at BETWEEN $3::date AND $4::date'];
    if (filter.procedureCode) where.push(`c.procedure_code = $${params.push(filter.procedureCode)}`);
    if (filter.orgUnitId) where.push(`c.org_unit_id = $${params.push(filter.orgUnitId)}::uuid`);
    return (await this.db.query(
      `WITH RECURSIVE ${CASE_ACCESS_CTES}
       SELECT c.procedure_code AS "procedureCode", c.org_unit_id AS "orgUnitId", o.name AS "orgUnitName", c.status,
              count(*)::int AS total,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM documents d WHERE d.case_id = c.id AND d.kind = ANY($5::text[])))::int AS accepted,
              count(*) FILTER (WHERE c.closed_at IS NULL)::int AS open,
              count(*) FILTER (WHERE c.closed_at IS NULL AND c.legal_due_date < $2::date)::int AS overdue,
              count(*) FILTER (WHERE c.closed_at IS NOT NULL)::int AS closed,
              count(*) FILTER (WHERE c.closed_at IS NOT NULL AND NOT EXISTS (${LATE_STEP}))::int AS "closedOnTime"
         FROM cases c JOIN org_units o ON o.id = c.org_unit_id
        WHERE ${where.join(' AND ')}
        GROUP BY c.procedure_code, c.org_unit_id, o.name, c.status
        ORDER BY c.procedure_code, o.name, c.org_unit_id, c.status`,
      params,
    )) as ReportCountRow[];
  }
}
