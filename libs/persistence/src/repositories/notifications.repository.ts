import type { DataSource } from 'typeorm';
import { sqlIsoInstant } from './cases.repository';

export type NotificationKind = 'task' | 'reminder' | 'overdue' | 'escalation' | 'decision' | 'outcome';

/** A notification as the caller sees it; `read` is the caller's own mark (notification_reads). */
export interface NotificationRow {
  /** bigserial, as text (exact beyond 2^53) */
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  caseId: string | null;
  caseCode: string | null;
  taskId: string | null;
  /** ISO 8601 UTC */
  createdAt: string;
  read: boolean;
}

export interface NotificationFilter {
  /** only those the user has not marked read */
  unread: boolean;
  limit: number;
  /** keyset: the id of the last row of the previous page (newest first, so ids below it follow) */
  beforeId?: string;
}

/*
 * Who a notification reaches ($1 user, $2 today, Vietnam time): a row naming a user reaches that user alone; a row
 * naming a role in a unit (and no user) reaches whoever holds that role there today. Stand-ins are not counted: the
 * stand-in acts on the steps (inbox), the principal keeps the notices.
 *
 * `notifications.read_at` is NOT used: a role-addressed row is shared by all holders, so read marks are per user in
 * notification_reads, for both kinds of rows.
 */
const GRANTS_CTE = `
grants AS (
  SELECT DISTINCT r.org_unit_id, r.role FROM role_assignments r
   WHERE r.user_id = $1 AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)
)`;

const BY_USER = `n.recipient_user_id = $1`;
const BY_ROLE = `n.recipient_user_id IS NULL AND n.recipient_unit_id = g.org_unit_id AND n.recipient_role = g.role`;
const UNREAD = `NOT EXISTS (SELECT 1 FROM notification_reads nr WHERE nr.notification_id = n.id AND nr.user_id = $1)`;
/** A conflict of interest: the people a case is about (the accused…) get none of its notices, even by their role. */
const NOT_A_PARTY = `NOT EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = n.case_id AND cp.user_id = $1)`;

const REACHES_USER = `(${BY_USER} OR (n.recipient_user_id IS NULL AND EXISTS (
  SELECT 1 FROM role_assignments r
   WHERE r.user_id = $1 AND r.org_unit_id = n.recipient_unit_id AND r.role = n.recipient_role
     AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date))))`;

/** Every notification reaching the user, one row each (the two paths are disjoint: recipient_user_id set or null). */
const VISIBLE_IDS = (where = '') => `
  SELECT n.id FROM notifications n WHERE ${BY_USER} ${where}
  UNION ALL
  SELECT n.id FROM grants g JOIN notifications n ON ${BY_ROLE} ${where}`;

const COLUMNS = `n.id::text AS id, n.kind, n.title, n.body, n.case_id AS "caseId", c.code AS "caseCode", n.task_id AS "taskId",
  ${sqlIsoInstant('n.created_at')} AS "createdAt",
  EXISTS (SELECT 1 FROM notification_reads nr WHERE nr.notification_id = n.id AND nr.user_id = $1) AS read`;

export class NotificationsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Newest first. Each access path is an ordered, limited scan of its index inside a LATERAL join (the user's rows on
   * notifications_user_idx; each role held today on notifications_role_only_idx), so a page reads at most limit+1
   * ids per path however many notifications the unit has; the outer sort merges them.
   */
  async page(userId: string, today: string, filter: NotificationFilter): Promise<{ items: NotificationRow[]; hasMore: boolean }> {
    const params: unknown[] = [userId, today];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [NOT_A_PARTY];
    if (filter.unread) where.push(UNREAD);
    if (filter.beforeId) where.push(`n.id < ${param(filter.beforeId)}::bigint`);
    const limit = param(filter.limit + 1);
    const path = (access: string) => `SELECT n.id FROM notifications n WHERE ${access} ${where.map((w) => `AND ${w}`).join(' ')} ORDER BY n.id DESC LIMIT ${limit}`;
    const rows = (await this.db.query(
      `WITH ${GRANTS_CTE},
       page AS (
         SELECT p.id FROM (
           SELECT u.id FROM (${path(BY_USER)}) u
           UNION ALL
           SELECT r.id FROM grants g CROSS JOIN LATERAL (${path(BY_ROLE)}) r
         ) p ORDER BY p.id DESC LIMIT ${limit}
       )
       SELECT ${COLUMNS} FROM page JOIN notifications n ON n.id = page.id LEFT JOIN cases c ON c.id = n.case_id
        ORDER BY n.id DESC`,
      params,
    )) as NotificationRow[];
    return { items: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
  }

  /** How many notifications reaching the user they have not marked read (index-only scans, anti-joined on their marks). */
  async unreadCount(userId: string, today: string): Promise<number> {
    const rows = (await this.db.query(
      `WITH ${GRANTS_CTE}
       SELECT ((SELECT count(*) FROM notifications n WHERE ${BY_USER} AND ${UNREAD} AND ${NOT_A_PARTY})
             + (SELECT count(*) FROM grants g JOIN notifications n ON ${BY_ROLE} WHERE ${UNREAD} AND ${NOT_A_PARTY}))::int AS n`,
      [userId, today],
    )) as { n: number }[];
    return rows[0].n;
  }

  /** Marks one notification read for the user (idempotent: the first mark's time is kept); false if it does not reach them. */
  async markRead(userId: string, today: string, notificationId: string): Promise<boolean> {
    const rows = (await this.db.query(
      `WITH target AS (SELECT n.id FROM notifications n WHERE n.id = $3::bigint AND ${REACHES_USER}),
       marked AS (
         INSERT INTO notification_reads (notification_id, user_id, read_at) SELECT id, $1::uuid, now() FROM target
         ON CONFLICT (notification_id, user_id) DO NOTHING
       )
       SELECT EXISTS (SELECT 1 FROM target) AS found`,
      [userId, today, notificationId],
    )) as { found: boolean }[];
    return rows[0].found;
  }

  /** Marks everything reaching the user now as read; rows written after this statement's snapshot stay unread. */
  async markAllRead(userId: string, today: string): Promise<number> {
    const rows = (await this.db.query(
      `WITH ${GRANTS_CTE},
       marked AS (
         INSERT INTO notification_reads (notification_id, user_id, read_at)
         SELECT v.id, $1::uuid, now() FROM (${VISIBLE_IDS(`AND ${UNREAD}`)}) v
         ON CONFLICT (notification_id, user_id) DO NOTHING
         RETURNING 1
       )
       SELECT count(*)::int AS n FROM marked`,
      [userId, today],
    )) as { n: number }[];
    return rows[0].n;
  }
}
