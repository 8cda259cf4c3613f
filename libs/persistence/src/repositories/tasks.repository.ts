import type { DataSource } from 'typeorm';
import { CASE_ACCESS_CTES, caseAccessible } from './cases.repository';

export interface InboxRow {
  id: string;
  caseId: string;
  caseCode: string;
  procedureCode: string;
  stepKey: string;
  title: string;
  name: string;
  kind: 'action' | 'escalation';
  dueDate: string | null;
  allowedActions: string[];
}

/** Due dates kept: `from`/`to` inclusive bounds on dated tasks; `undated` keeps those without a due date (paused). */
export interface DueRange {
  dated: boolean;
  from?: string;
  to?: string;
  undated: boolean;
}

export interface InboxFilter {
  procedureCode?: string;
  due?: DueRange;
  limit: number;
  /** keyset: the last row of the previous page in `(due_date NULLS LAST, id)` order */
  after?: { dueDate: string | null; id: string };
}

/** One procedure's open tasks in a user's inbox: all of them, and how many fall in each named range of due dates. */
export interface InboxCountRow<K extends string> {
  procedureCode: string;
  total: number;
  counts: Record<K, number>;
}

/** A task with what the API needs to decide whether this user may act on it, read in one round trip. */
export interface TaskForAction {
  id: string;
  caseId: string;
  procedureCode: string;
  kind: 'action' | 'escalation';
  status: string;
  stepKey: string;
  name: string;
  role: string;
  orgUnitId: string;
  orgUnitName: string;
  assigneeUserId: string | null;
  assigneeName: string | null;
  /** the user can see the case (a role in its unit or above, or a stand-in there; see caseAccessible) */
  caseVisible: boolean;
  /** the case is about the user (accused, complained against, signer of the decision complained of) */
  isParty: boolean;
  /** the user is a leader of the task's unit today: they may take its leader decisions (QĐ gia hạn…) */
  leadsUnit: boolean;
  /** the user holds the task's role in its unit today */
  holdsRole: boolean;
  /** principals the user stands in for today in the task's unit, whose task this is (named, or by their role) */
  standInFor: string[];
}

/** Today's role grants of $1: their own, and those of principals they stand in for (in the stand-in's unit only). */
const GRANTS_CTE = `
grants AS (
  SELECT r.org_unit_id, r.role FROM role_assignments r
   WHERE r.user_id = $1 AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)
  UNION
  SELECT r.org_unit_id, r.role FROM stand_ins s
    JOIN role_assignments r ON r.user_id = s.principal_user_id AND r.org_unit_id = s.org_unit_id
   WHERE s.substitute_user_id = $1 AND s.valid_from <= $2::date AND s.valid_to >= $2::date
     AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)
),
people AS (
  SELECT $1::uuid AS user_id, NULL::uuid AS org_unit_id
  UNION
  SELECT s.principal_user_id, s.org_unit_id FROM stand_ins s
   WHERE s.substitute_user_id = $1 AND s.valid_from <= $2::date AND s.valid_to >= $2::date
)`;

/** A range of due dates as a SQL condition on the due date `column`, its bounds as parameters. */
function dueCondition(due: DueRange, param: (value: unknown) => string, column = 't.due_date'): string {
  const dated = [due.from && `${column} >= ${param(due.from)}::date`, due.to && `${column} <= ${param(due.to)}::date`];
  const parts = [due.dated && `(${[`${column} IS NOT NULL`, ...dated].filter(Boolean).join(' AND ')})`, due.undated && `${column} IS NULL`];
  return `(${parts.filter(Boolean).join(' OR ') || 'false'})`;
}

/** Who may act on an open task: named (the user or a principal they stand in for) or by a role they hold (GRANTS_CTE). */
const NAMED_ACCESS = 't.assignee_user_id = p.user_id AND (p.org_unit_id IS NULL OR t.assignee_unit_id = p.org_unit_id)';
const ROLE_ACCESS = 't.assignee_user_id IS NULL AND t.assignee_unit_id = g.org_unit_id AND t.assignee_role = g.role';

/** A conflict of interest: the people a case is about never find its steps in their inbox, whatever role they hold. */
const NOT_A_PARTY = 'NOT EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = t.case_id AND cp.user_id = $1)';

const INBOX_COLUMNS = `t.id, t.case_id AS "caseId", c.code AS "caseCode", c.procedure_code AS "procedureCode", t.step_key AS "stepKey",
  c.title, t.name, t.kind, t.due_date AS due, t.allowed_actions AS "allowedActions"`;

export class TasksRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The open tasks a user may act on, overdue first. Two access paths, each an ordered, limited scan of its partial
   * index inside a LATERAL join: named tasks (tasks_open_by_user_idx) of the user or of a principal they stand in for,
   * and unnamed tasks of a role they hold (tasks_open_by_role_idx). The paths are disjoint (assignee_user_id set or
   * null) so UNION ALL cannot duplicate; the outer sort merges at most limit+1 rows per grant.
   */
  async inbox(userId: string, today: string, filter: InboxFilter): Promise<{ items: InboxRow[]; hasMore: boolean }> {
    const params: unknown[] = [userId, today];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [NOT_A_PARTY];
    if (filter.procedureCode) where.push(`c.procedure_code = ${param(filter.procedureCode)}`);
    if (filter.due) where.push(dueCondition(filter.due, param));
    if (filter.after) {
      const id = param(filter.after.id);
      where.push(
        filter.after.dueDate === null
          ? `(t.due_date IS NULL AND t.id > ${id}::uuid)`
          : `((t.due_date, t.id) > (${param(filter.after.dueDate)}::date, ${id}::uuid) OR t.due_date IS NULL)`,
      );
    }
    const limit = param(filter.limit + 1);
    const open = (access: string) => `
      SELECT ${INBOX_COLUMNS} FROM tasks t JOIN cases c ON c.id = t.case_id
       WHERE t.status = 'open' AND ${access} ${where.map((w) => `AND ${w}`).join(' ')}
       ORDER BY t.due_date ASC NULLS LAST, t.id ASC LIMIT ${limit}`;
    const rows = (await this.db.query(
      `WITH ${GRANTS_CTE}
       SELECT x.id, x."caseId", x."caseCode", x."procedureCode", x."stepKey", x.title, x.name, x.kind, x.due::text AS "dueDate", x."allowedActions"
         FROM (
           SELECT n.* FROM people p CROSS JOIN LATERAL (${open(NAMED_ACCESS)}) n
           UNION ALL
           SELECT r.* FROM grants g CROSS JOIN LATERAL (${open(ROLE_ACCESS)}) r
         ) x
        ORDER BY x.due ASC NULLS LAST, x.id ASC LIMIT ${limit}`,
      params,
    )) as InboxRow[];
    return { items: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
  }

  /**
   * How many open tasks the inbox holds, per procedure: all of them and those in each named range of due dates. The
   * inbox's own access paths without their limits, so the counts are exactly what its pages add up to; one round trip.
   */
  async inboxCounts<K extends string>(userId: string, today: string, buckets: Record<K, DueRange>): Promise<InboxCountRow<K>[]> {
    const params: unknown[] = [userId, today];
    const param = (value: unknown) => `$${params.push(value)}`;
    const keys = Object.keys(buckets) as K[];
    // Aliases are positional (b0, b1…): the bucket names never reach the SQL text.
    const counts = keys.map((key, i) => `count(*) FILTER (WHERE ${dueCondition(buckets[key], param, 'x.due_date')})::int AS b${i}`);
    const open = (access: string) =>
      `SELECT t.due_date, c.procedure_code FROM tasks t JOIN cases c ON c.id = t.case_id WHERE t.status = 'open' AND ${access} AND ${NOT_A_PARTY}`;
    const rows = (await this.db.query(
      `WITH ${GRANTS_CTE}
       SELECT x.procedure_code AS "procedureCode", count(*)::int AS total${counts.map((c) => `, ${c}`).join('')}
         FROM (
           SELECT n.* FROM people p CROSS JOIN LATERAL (${open(NAMED_ACCESS)}) n
           UNION ALL
           SELECT r.* FROM grants g CROSS JOIN LATERAL (${open(ROLE_ACCESS)}) r
         ) x
        GROUP BY x.procedure_code ORDER BY x.procedure_code`,
      params,
    )) as { procedureCode: string; total: number; [bucket: `b${number}`]: number }[];
    return rows.map((row) => ({
      procedureCode: row.procedureCode,
      total: row.total,
      counts: Object.fromEntries(keys.map((key, i) => [key, row[`b${i}`]])) as Record<K, number>,
    }));
  }

  /** The task and the user's standing towards it today; null when no such task exists. */
  async findForAction(taskId: string, userId: string, today: string): Promise<TaskForAction | null> {
    const rows = (await this.db.query(
      `WITH RECURSIVE ${CASE_ACCESS_CTES}
       SELECT t.id, t.case_id AS "caseId", c.procedure_code AS "procedureCode", t.kind, t.status, t.step_key AS "stepKey", t.name, t.assignee_role AS role,
              t.assignee_unit_id AS "orgUnitId", o.name AS "orgUnitName", t.assignee_user_id AS "assigneeUserId", u.full_name AS "assigneeName",
              ${caseAccessible('c')} AS "caseVisible",
              EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = c.id AND cp.user_id = $1) AS "isParty",
              EXISTS (SELECT 1 FROM role_assignments r
                       WHERE r.user_id = $1 AND r.org_unit_id = t.assignee_unit_id AND r.role = 'leader'
                         AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)) AS "leadsUnit",
              EXISTS (SELECT 1 FROM role_assignments r
                       WHERE r.user_id = $1 AND r.org_unit_id = t.assignee_unit_id AND r.role = t.assignee_role
                         AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)) AS "holdsRole",
              ARRAY(SELECT DISTINCT s.principal_user_id FROM stand_ins s
                     WHERE s.substitute_user_id = $1 AND s.org_unit_id = t.assignee_unit_id
                       AND s.valid_from <= $2::date AND s.valid_to >= $2::date
                       AND (s.principal_user_id = t.assignee_user_id
                            OR (t.assignee_user_id IS NULL AND EXISTS (
                                  SELECT 1 FROM role_assignments r
                                   WHERE r.user_id = s.principal_user_id AND r.org_unit_id = t.assignee_unit_id AND r.role = t.assignee_role
                                     AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date))))) AS "standInFor"
         FROM tasks t
         JOIN cases c ON c.id = t.case_id
         JOIN org_units o ON o.id = t.assignee_unit_id
         LEFT JOIN users u ON u.id = t.assignee_user_id
        WHERE t.id = $3`,
      [userId, today, taskId],
    )) as TaskForAction[];
    return rows[0] ?? null;
  }
}
