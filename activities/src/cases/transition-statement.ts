import type { Transition } from '@congdoan/contracts';

/**
 * Everything a `Transition` writes, as ONE statement: one round trip and one commit per user action (benchmarks R5,
 * R6). Each part is idempotent on its own key, so a retried activity changes nothing:
 *   closed      guarded by `status = 'open'`: a task closes once, with its first outcome
 *   opened      `ON CONFLICT (id)`: ids come from the workflow; a closed task is never reopened by a retry
 *   reassigned  only while open, only when it changes anything
 *   retimed     an open task's due date (an extension, a suspension), only when it changes
 *   events      `ON CONFLICT (case_id, event_key)`; notifications `ON CONFLICT (dedupe_key)`
 *   assigned    people assigned to the case (a verification team), `ON CONFLICT DO NOTHING`
 *   the case    only when a value changes; times are workflow time (`at`), so a replay writes the same values
 * All parts see the rows as they were before the statement, so a task reassigned in the transition that opens it is
 * opened with the new assignee (joined below), and one closed in it is not reassigned.
 */
export const APPLY_TRANSITION_SQL = `
WITH reassign AS (
  SELECT r."taskId" AS task_id, (r."toUser" ->> 'userId')::uuid AS user_id, r."ownerUserId" AS owner_user_id
    FROM jsonb_to_recordset($5::jsonb) AS r("taskId" uuid, "toUser" jsonb, "ownerUserId" uuid)
),
closed AS (
  UPDATE tasks t
     SET status = CASE WHEN c.outcome IN ('cancelled', 'superseded') THEN 'cancelled' ELSE 'done' END,
         completed_at = $2::timestamptz, completed_by = (c."by" ->> 'userId')::uuid, outcome = c.outcome, comment = c.comment
    FROM jsonb_to_recordset($3::jsonb) AS c("taskId" uuid, outcome text, comment text, "by" jsonb)
   WHERE t.id = c."taskId" AND t.case_id = $1::uuid AND t.status = 'open'
  RETURNING t.id
),
opened AS (
  INSERT INTO tasks (id, case_id, step_key, kind, name, assignee_role, assignee_unit_id, assignee_user_id, owner_user_id,
                     allowed_actions, about_task_id, escalation_level, due_date, created_at)
  SELECT o."taskId", $1::uuid, o."stepKey", o.kind, o.name, o.role, o."orgUnitId", COALESCE(r.user_id, o."assigneeUserId"),
         r.owner_user_id, o."allowedActions", o."aboutTaskId", o."escalationLevel", o."dueDate", $2::timestamptz
    FROM jsonb_to_recordset($4::jsonb) AS o("taskId" uuid, "stepKey" text, kind text, name text, role text, "orgUnitId" uuid,
           "assigneeUserId" uuid, "allowedActions" text[], "aboutTaskId" uuid, "escalationLevel" integer, "dueDate" date)
    LEFT JOIN reassign r ON r.task_id = o."taskId"
  ON CONFLICT (id) DO NOTHING
),
reassigned AS (
  UPDATE tasks t SET assignee_user_id = r.user_id, owner_user_id = r.owner_user_id
    FROM reassign r
   WHERE t.id = r.task_id AND t.case_id = $1::uuid AND t.status = 'open'
     AND NOT EXISTS (SELECT 1 FROM closed WHERE closed.id = t.id)
     AND (t.assignee_user_id, t.owner_user_id) IS DISTINCT FROM (r.user_id, r.owner_user_id)
),
retimed AS (
  UPDATE tasks t SET due_date = r."dueDate"
    FROM jsonb_to_recordset($9::jsonb) AS r("taskId" uuid, "dueDate" date)
   WHERE t.id = r."taskId" AND t.case_id = $1::uuid AND t.status = 'open' AND t.due_date IS DISTINCT FROM r."dueDate"
),
events AS (
  INSERT INTO timeline_events (case_id, event_key, at, kind, step_key, actor_user_id, actor_name, comment, data)
  SELECT $1::uuid, e."eventKey", $2::timestamptz, e.kind, e."stepKey", (e.actor ->> 'userId')::uuid, e.actor ->> 'fullName',
         e.comment, e.data
    FROM jsonb_to_recordset($6::jsonb) AS e("eventKey" text, kind text, "stepKey" text, actor jsonb, comment text, data jsonb)
  ON CONFLICT (case_id, event_key) DO NOTHING
),
assigned AS (
  INSERT INTO case_assignments (case_id, user_id, role, assigned_at)
  SELECT $1::uuid, a."userId", a.role, $2::timestamptz
    FROM jsonb_to_recordset($10::jsonb) AS a("userId" uuid, role text)
  ON CONFLICT (case_id, user_id, role) DO NOTHING
),
notified AS (
  INSERT INTO notifications (dedupe_key, case_id, task_id, recipient_user_id, recipient_role, recipient_unit_id, kind, title, body,
                             created_at)
  SELECT n."dedupeKey", $1::uuid, n."taskId", n."userId", n.role, n."orgUnitId", n.kind, n.title, n.body, $2::timestamptz
    FROM jsonb_to_recordset($7::jsonb) AS n("dedupeKey" text, kind text, "userId" uuid, role text, "orgUnitId" uuid,
           "taskId" uuid, title text, body text)
  ON CONFLICT (dedupe_key) DO NOTHING
),
next_case AS (
  SELECT id,
         COALESCE($8::jsonb ->> 'status', status) AS status,
         -- the key present (even as null) sets the date; absent keeps it
         CASE WHEN $8::jsonb -> 'legalDueDate' IS NOT NULL THEN ($8::jsonb ->> 'legalDueDate')::date ELSE legal_due_date END
           AS legal_due_date,
         CASE $8::jsonb ->> 'closed' WHEN 'true' THEN COALESCE(closed_at, $2::timestamptz) WHEN 'false' THEN NULL ELSE closed_at END
           AS closed_at,
         GREATEST(updated_at, $2::timestamptz) AS updated_at
    FROM cases WHERE id = $1::uuid
)
UPDATE cases c
   SET status = n.status, legal_due_date = n.legal_due_date, closed_at = n.closed_at, updated_at = n.updated_at
  FROM next_case n
 WHERE c.id = n.id
   AND (c.status, c.legal_due_date, c.closed_at, c.updated_at) IS DISTINCT FROM (n.status, n.legal_due_date, n.closed_at, n.updated_at)`;

const jsonRows = (rows: readonly unknown[] | undefined): string => JSON.stringify(rows ?? []);

/** The statement's parameters, in order; absent parts become empty lists (or null for the case update). */
export function applyTransitionParams(t: Transition): (string | null)[] {
  return [
    t.caseId,
    t.at,
    jsonRows(t.closeTasks),
    jsonRows(t.openTasks),
    jsonRows(t.reassignTask ? [t.reassignTask] : []),
    jsonRows(t.events),
    jsonRows(t.notifications),
    t.caseUpdate ? JSON.stringify(t.caseUpdate) : null,
    jsonRows(t.retimeTasks),
    jsonRows(t.assignments),
  ];
}
