import type { DataSource } from 'typeorm';
import type { AttachmentRow } from './attachments.repository';

/** An instant as ISO 8601 UTC with microseconds: exact, so it can serve as a keyset cursor. */
export const sqlIsoInstant = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The units whose cases a user may see ($1 user, $2 today): where they hold a role or stand in for someone today, and
 * every unit below those (UNION, not UNION ALL, so a cycle in bad data cannot loop).
 */
export const VISIBLE_UNITS_CTE = `
visible_units(id) AS (
  SELECT r.org_unit_id FROM role_assignments r
   WHERE r.user_id = $1 AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)
  UNION
  SELECT s.org_unit_id FROM stand_ins s
   WHERE s.substitute_user_id = $1 AND s.valid_from <= $2::date AND s.valid_to >= $2::date
  UNION
  SELECT o.id FROM org_units o JOIN visible_units v ON o.parent_id = v.id
)`;

/**
 * Procedures whose cases only the UBKT and the leaders see, and never the people they are about (domain §9);
 * discipline is the UBKT's and the leaders' business too (domain §5).
 */
export const RESTRICTED_PROCEDURES = ['khieu-nai', 'to-cao', 'ky-luat'] as const;

const RESTRICTED_LIST = RESTRICTED_PROCEDURES.map((p) => `'${p}'`).join(', ');

/** The units where $1 may see complaints and denunciations today: a UBKT or leader role there (or standing in), and below. */
const RESTRICTED_UNITS_CTE = `
restricted_units(id) AS (
  SELECT r.org_unit_id FROM role_assignments r
   WHERE r.user_id = $1 AND r.role IN ('ubkt', 'leader') AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)
  UNION
  SELECT s.org_unit_id FROM stand_ins s
    JOIN role_assignments r ON r.user_id = s.principal_user_id AND r.org_unit_id = s.org_unit_id AND r.role IN ('ubkt', 'leader')
   WHERE s.substitute_user_id = $1 AND s.valid_from <= $2::date AND s.valid_to >= $2::date
     AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)
  UNION
  SELECT o.id FROM org_units o JOIN restricted_units v ON o.parent_id = v.id
)`;

/** Both unit sets a case's visibility needs ($1 user, $2 today); use with `WITH RECURSIVE`. */
export const CASE_ACCESS_CTES = `${VISIBLE_UNITS_CTE}, ${RESTRICTED_UNITS_CTE}`;

/**
 * Whether $1 may see the case aliased `c`: its unit is visible to them, and a complaint, denunciation or discipline
 * case also needs a UBKT or leader role there or above; or (an unrestricted procedure only) the lower union it is about
 * is visible to them: a CĐCS sees its own committee dossier at the upper union. A case about them (conflict of
 * interest) is never theirs to see.
 */
export const caseAccessible = (c: string): string => `(((${c}.org_unit_id IN (SELECT id FROM visible_units)
    AND (${c}.procedure_code NOT IN (${RESTRICTED_LIST}) OR ${c}.org_unit_id IN (SELECT id FROM restricted_units)))
   OR (${c}.subject_unit_id IN (SELECT id FROM visible_units) AND ${c}.procedure_code NOT IN (${RESTRICTED_LIST})))
  AND NOT EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = ${c}.id AND cp.user_id = $1))`;

export interface NewCase {
  id: string;
  procedureCode: string;
  procedureVersion: number;
  /** the code is `{prefix}-{year}-{0001}`, gap-free per prefix and year */
  casePrefix: string;
  year: number;
  orgUnitId: string;
  title: string;
  receivedAt: string;
  data: Record<string, unknown>;
  createdBy: string;
  /** the lower union the case is about (a committee recognition's CĐCS): it may see the case too */
  subjectUnitId?: string;
}

/** What a complaint or denunciation records with its intake, in the same transaction. */
export interface IntakeProtection {
  /** the users the case is about: they may never see, act on or be assigned to it */
  parties: { userId: string; relation: 'accused' | 'complained-against' | 'decision-signer' | 'disciplined' }[];
  /** who received it (the UBKT member), assigned to the case from the start */
  assignments: { userId: string; role: 'intake' }[];
  /** the denouncer's identity and the original wording, already sealed */
  sealedIdentity?: string;
}

/** A hold on a case: the nominee and the procedure of the case holding it (ky-luat, khieu-nai, to-cao). */
export interface CaseHoldRow {
  nominee: string;
  procedureCode: string;
  placedAt: string;
}

/** Enough of a case to link to it. */
export interface CaseSummaryRow {
  id: string;
  code: string;
  procedureCode: string;
  status: string;
}

export interface CaseIdempotency {
  userId: string;
  key: string;
  requestHash: string;
}

export type CreateCaseResult = { created: true; id: string; code: string; createdAt: string } | { created: false; caseId: string; requestHash: string };

export interface CaseRow {
  id: string;
  code: string;
  procedureCode: string;
  procedureVersion: number;
  status: string;
  orgUnitId: string;
  title: string;
  receivedAt: string;
  legalDueDate: string | null;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
}

export interface CaseStepRow {
  taskId: string;
  key: string;
  name: string;
  status: string;
  role: string;
  orgUnitId: string;
  userId: string | null;
  dueDate: string | null;
  outcome: string | null;
  comment: string | null;
  completedAt: string | null;
  completedBy: string | null;
}

export interface TimelineRow {
  id: number;
  at: string;
  kind: string;
  stepKey: string | null;
  actorUserId: string | null;
  actorName: string | null;
  comment: string | null;
  data: Record<string, unknown> | null;
}

export interface DocumentRow {
  id: string;
  kind: string;
  numberText: string;
  issuedOn: string;
  signerName: string;
  signerTitle: string | null;
  summary: string;
}

export interface CaseDetailRow extends CaseRow {
  data: Record<string, unknown>;
  steps: CaseStepRow[];
  timeline: TimelineRow[];
  documents: DocumentRow[];
  /** the dossier files; absent only on a case just opened (it has none yet) */
  attachments?: AttachmentRow[];
}

export interface CaseListFilter {
  procedureCode?: string;
  status?: string;
  q?: string;
  limit: number;
  after?: { createdAt: string; id: string };
}

const CASE_COLUMNS = `c.id, c.code, c.procedure_code AS "procedureCode", c.procedure_version AS "procedureVersion", c.status,
  c.org_unit_id AS "orgUnitId", c.title, c.received_at::text AS "receivedAt", c.legal_due_date::text AS "legalDueDate",
  c.created_by AS "createdBy", ${sqlIsoInstant('c.created_at')} AS "createdAt", ${sqlIsoInstant('c.closed_at')} AS "closedAt"`;

// One round trip for the whole case page: the case, its action steps, its timeline, its documents and its dossier files.
const DETAIL_COLUMNS = `${CASE_COLUMNS}, c.data,
  COALESCE((SELECT json_agg(json_build_object('taskId', t.id, 'key', t.step_key, 'name', t.name, 'status', t.status,
      'role', t.assignee_role, 'orgUnitId', t.assignee_unit_id, 'userId', t.assignee_user_id, 'dueDate', t.due_date,
      'outcome', t.outcome, 'comment', t.comment, 'completedAt', ${sqlIsoInstant('t.completed_at')}, 'completedBy', t.completed_by)
      ORDER BY t.created_at, t.id) FROM tasks t WHERE t.case_id = c.id AND t.kind = 'action'), '[]') AS steps,
  COALESCE((SELECT json_agg(json_build_object('id', e.id, 'at', ${sqlIsoInstant('e.at')}, 'kind', e.kind, 'stepKey', e.step_key,
      'actorUserId', e.actor_user_id, 'actorName', e.actor_name, 'comment', e.comment, 'data', e.data)
      ORDER BY e.at, e.id) FROM timeline_events e WHERE e.case_id = c.id), '[]') AS timeline,
  COALESCE((SELECT json_agg(json_build_object('id', d.id, 'kind', d.kind, 'numberText', d.number_text, 'issuedOn', d.issued_on,
      'signerName', d.signer_name, 'signerTitle', d.signer_title, 'summary', d.summary)
      ORDER BY d.issued_on, d.created_at) FROM documents d WHERE d.case_id = c.id), '[]') AS documents,
  COALESCE((SELECT json_agg(json_build_object('id', a.id, 'caseId', a.case_id, 'dossierItem', a.dossier_item, 'fileName', a.file_name,
      'mediaType', a.media_type, 'size', a.size_bytes, 'sha256', a.sha256, 'note', a.note, 'uploadedAt', ${sqlIsoInstant('a.created_at')},
      'uploadedBy', json_build_object('userId', u.id, 'fullName', u.full_name))
      ORDER BY a.created_at, a.id) FROM attachments a JOIN users u ON u.id = a.uploaded_by WHERE a.case_id = c.id), '[]') AS attachments`;

/** Thrown inside the intake transaction to roll it back (and give the number back) when the key was taken meanwhile. */
class KeyTaken extends Error {}

export class CasesRepository {
  constructor(private readonly db: DataSource) {}

  /** Ids of the cases still running (their workflows hold open legal clocks). */
  async openCaseIds(): Promise<string[]> {
    const rows = (await this.db.query(`SELECT id FROM cases WHERE closed_at IS NULL`)) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async findIdempotency(userId: string, key: string): Promise<{ caseId: string; requestHash: string } | null> {
    const rows = (await this.db.query(`SELECT case_id AS "caseId", request_hash AS "requestHash" FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [
      userId,
      key,
    ])) as { caseId: string; requestHash: string }[];
    return rows[0] ?? null;
  }

  /**
   * The intake, in ONE transaction: the next number of the series, the case row, and the idempotency key. When a
   * concurrent request with the same key committed first, everything is rolled back and that request's case returned.
   */
  async create(intake: NewCase, idempotency?: CaseIdempotency, protection?: IntakeProtection): Promise<CreateCaseResult> {
    try {
      return await this.db.transaction(async (tx) => {
        const [{ n }] = (await tx.query(
          `INSERT INTO case_counters (prefix, year, last_number) VALUES ($1, $2, 1)
           ON CONFLICT (prefix, year) DO UPDATE SET last_number = case_counters.last_number + 1
           RETURNING last_number AS n`,
          [intake.casePrefix, intake.year],
        )) as { n: number }[];
        const code = `${intake.casePrefix}-${intake.year}-${String(n).padStart(4, '0')}`;
        const [{ createdAt }] = (await tx.query(
          `INSERT INTO cases (id, code, procedure_code, procedure_version, org_unit_id, title, status, received_at, data, created_by, subject_unit_id)
           VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8, $9, $10) RETURNING ${sqlIsoInstant('created_at')} AS "createdAt"`,
          [
            intake.id,
            code,
            intake.procedureCode,
            intake.procedureVersion,
            intake.orgUnitId,
            intake.title,
            intake.receivedAt,
            JSON.stringify(intake.data),
            intake.createdBy,
            intake.subjectUnitId ?? null,
          ],
        )) as { createdAt: string }[];
        if (protection) {
          await tx.query(
            `INSERT INTO case_parties (case_id, user_id, relation) SELECT $1, p."userId", p.relation
               FROM jsonb_to_recordset($2::jsonb) AS p("userId" uuid, relation text) ON CONFLICT DO NOTHING`,
            [intake.id, JSON.stringify(protection.parties)],
          );
          await tx.query(
            `INSERT INTO case_assignments (case_id, user_id, role) SELECT $1, a."userId", a.role
               FROM jsonb_to_recordset($2::jsonb) AS a("userId" uuid, role text) ON CONFLICT DO NOTHING`,
            [intake.id, JSON.stringify(protection.assignments)],
          );
          if (protection.sealedIdentity) {
            await tx.query(`INSERT INTO protected_identities (case_id, sealed) VALUES ($1, $2)`, [intake.id, protection.sealedIdentity]);
          }
        }
        if (idempotency) {
          const kept = (await tx.query(
            `INSERT INTO idempotency_keys (user_id, key, request_hash, case_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id, key) DO NOTHING RETURNING case_id`,
            [idempotency.userId, idempotency.key, idempotency.requestHash, intake.id],
          )) as unknown[];
          if (kept.length === 0) throw new KeyTaken();
        }
        return { created: true as const, id: intake.id, code, createdAt };
      });
    } catch (error) {
      if (!(error instanceof KeyTaken) || !idempotency) throw error;
      const existing = await this.findIdempotency(idempotency.userId, idempotency.key);
      if (!existing) throw error;
      return { created: false, ...existing };
    }
  }

  async parentUnitOf(orgUnitId: string): Promise<string | null> {
    const rows = (await this.db.query(`SELECT parent_id AS "parentId" FROM org_units WHERE id = $1`, [orgUnitId])) as { parentId: string | null }[];
    return rows[0]?.parentId ?? null;
  }

  /** A case's code and status, if user $1 may see it today ($2). */
  async summaryIfVisible(caseId: string, viewer: { userId: string; today: string }): Promise<CaseSummaryRow | null> {
    return (await this.visibleSummaries(`c.id = $3`, [viewer.userId, viewer.today, caseId]))[0] ?? null;
  }

  /** The complaints about a discipline case's decision (`data.disciplineCaseId`) that user $1 may see today. */
  complaintsAboutDecisionOf(disciplineCaseId: string, viewer: { userId: string; today: string }): Promise<CaseSummaryRow[]> {
    return this.visibleSummaries(`c.procedure_code = 'khieu-nai' AND c.data->>'disciplineCaseId' = $3`, [viewer.userId, viewer.today, disciplineCaseId]);
  }

  private async visibleSummaries(where: string, params: unknown[]): Promise<CaseSummaryRow[]> {
    return (await this.db.query(
      `WITH RECURSIVE ${CASE_ACCESS_CTES}
       SELECT c.id, c.code, c.procedure_code AS "procedureCode", c.status FROM cases c
        WHERE ${where} AND ${caseAccessible('c')} ORDER BY c.created_at, c.id`,
      params,
    )) as CaseSummaryRow[];
  }

  /**
   * The holds on a case still in force (NĐ 152/2025 Art. 4): which nominee, and the kind of case that holds it; never
   * that case's code or id (the officer viewing a commendation may not be allowed to know of a complaint's file).
   */
  async holdsOf(caseId: string): Promise<CaseHoldRow[]> {
    return (await this.db.query(
      `SELECT h.nominee, c.procedure_code AS "procedureCode", ${sqlIsoInstant('h.placed_at')} AS "placedAt"
         FROM case_holds h JOIN cases c ON c.id = h.held_by_case_id
        WHERE h.case_id = $1 AND h.released_at IS NULL
        ORDER BY h.nominee COLLATE "vi-x-icu", c.procedure_code, c.created_at`,
      [caseId],
    )) as CaseHoldRow[];
  }

  /** The dossier items of the case that have at least one file. */
  async dossierItemsOnFile(caseId: string): Promise<string[]> {
    const rows = (await this.db.query(`SELECT DISTINCT dossier_item AS item FROM attachments WHERE case_id = $1`, [caseId])) as { item: string }[];
    return rows.map((r) => r.item);
  }

  /** Who signed a case's document (a user id), e.g. the first decision a second complaint challenges. */
  async documentSigner(caseId: string, documentId: string): Promise<string | undefined> {
    const rows = (await this.db.query(`SELECT signer_user_id AS "userId" FROM documents WHERE case_id = $1 AND id = $2`, [caseId, documentId])) as { userId: string }[];
    return rows[0]?.userId;
  }

  /** The case with its steps, timeline and documents; with `visibleTo`, null also when that user may not see it. */
  async detail(caseId: string, visibleTo?: { userId: string; today: string }): Promise<CaseDetailRow | null> {
    const rows = (
      visibleTo
        ? await this.db.query(
            `WITH RECURSIVE ${CASE_ACCESS_CTES}
             SELECT ${DETAIL_COLUMNS} FROM cases c WHERE c.id = $3 AND ${caseAccessible('c')}`,
            [visibleTo.userId, visibleTo.today, caseId],
          )
        : await this.db.query(`SELECT ${DETAIL_COLUMNS} FROM cases c WHERE c.id = $1`, [caseId])
    ) as CaseDetailRow[];
    return rows[0] ?? null;
  }

  /**
   * Cases the user may see, newest first; keyset on (created_at, id). Per visible unit, an ordered and limited scan of
   * cases_unit_created_idx (the unit's cases) and one of cases_subject_unit_created_idx (cases about it held by a unit
   * the user does not see, so none comes twice) inside a LATERAL join, then a merge of those few rows: no scan of
   * every visible case. One row more than asked tells whether a page follows.
   */
  async listVisible(userId: string, today: string, filter: CaseListFilter): Promise<{ items: CaseRow[]; hasMore: boolean }> {
    const params: unknown[] = [userId, today];
    const where: string[] = [caseAccessible('c')];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.procedureCode) where.push(`c.procedure_code = ${param(filter.procedureCode)}`);
    if (filter.status) where.push(`c.status = ${param(filter.status)}`);
    if (filter.q) {
      const pattern = param(`%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      // The code, the title, and the parties named in the case (the employer, the applicants). Parties whose identity
      // is protected (a denouncer) are never stored where this reads.
      where.push(`(c.code ILIKE ${pattern} OR c.title ILIKE ${pattern} OR c.data->>'unitName' ILIKE ${pattern}
        OR (jsonb_typeof(c.data->'applicants') = 'array'
            AND EXISTS (SELECT 1 FROM jsonb_array_elements(c.data->'applicants') a WHERE a->>'fullName' ILIKE ${pattern})))`);
    }
    if (filter.after) where.push(`(c.created_at, c.id) < (${param(filter.after.createdAt)}::timestamptz, ${param(filter.after.id)}::uuid)`);
    const limit = param(filter.limit + 1);
    // Only the sort keys go through the merge; the columns are read for the rows of the page.
    const rows = (await this.db.query(
      `WITH RECURSIVE ${CASE_ACCESS_CTES},
       page AS (
         SELECT x.id, x.created_at FROM visible_units v CROSS JOIN LATERAL (
           (SELECT c.id, c.created_at FROM cases c WHERE c.org_unit_id = v.id AND ${where.join(' AND ')}
             ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit})
           UNION ALL
           (SELECT c.id, c.created_at FROM cases c
             WHERE c.subject_unit_id = v.id AND c.org_unit_id NOT IN (SELECT id FROM visible_units) AND ${where.join(' AND ')}
             ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit})) x
          ORDER BY x.created_at DESC, x.id DESC LIMIT ${limit})
       SELECT ${CASE_COLUMNS} FROM page JOIN cases c ON c.id = page.id ORDER BY page.created_at DESC, page.id DESC`,
      params,
    )) as CaseRow[];
    return { items: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
  }
}
