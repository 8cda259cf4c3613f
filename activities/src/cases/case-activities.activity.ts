import { ApplicationFailure } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import type {
  CaseActivities,
  HoldReason,
  IssueDecisionRequest,
  IssuedDecision,
  PlaceHoldsRequest,
  RecogniseUnitRequest,
  RosterChange,
  Transition,
} from '@congdoan/contracts';
import { type DocumentFacts, type DocumentKind, DOCUMENT_KINDS, type FoundingSubject, composeDocument } from '@congdoan/documents';
import {
  type ComplaintData,
  type DenunciationData,
  DomainError,
  NotFound,
  type ProtectedIdentity,
  ValidationFailed,
  type YearCalendar,
  dossierItemOf,
  findProcedure,
} from '@congdoan/domain';
import { CalendarYearsRepository, DocumentsRepository, type IssuerFacts } from '@congdoan/persistence';
import type { SecretBox } from '@congdoan/secrets';
import { type CaseDocumentRef, complaintFacts, denunciationFacts } from './complaint-facts';
import { documentYear, formatDocumentNumber } from './document-number';
import { procedureFacts, signingOf } from './procedure-facts';
import { APPLY_TRANSITION_SQL, applyTransitionParams } from './transition-statement';

/**
 * The read-model side of every case workflow. Temporal retries activities, so each method is idempotent: a second
 * call with the same input changes nothing and returns what the first returned.
 */
export class CaseActivitiesImpl implements CaseActivities {
  private readonly calendarYears: CalendarYearsRepository;
  private readonly documents: DocumentsRepository;

  /** `box` opens a denunciation's sealed identity, for the notices addressed to the denouncer only. */
  constructor(
    private readonly db: DataSource,
    private readonly box?: SecretBox,
  ) {
    this.calendarYears = new CalendarYearsRepository(db);
    this.documents = new DocumentsRepository(db);
  }

  /** The official years; a workflow reads them once, as an activity result, so its replays count the same days. */
  loadCalendar(): Promise<YearCalendar[]> {
    return this.calendarYears.official();
  }

  /** One statement, so one round trip and one commit (see transition-statement.ts). */
  async applyTransition(transition: Transition): Promise<void> {
    await this.db.query(APPLY_TRANSITION_SQL, applyTransitionParams(transition));
  }

  /**
   * Numbers, registers and composes a decision or a notice. Its content is composed from the case as it stands and
   * frozen in the row, so later downloads render the same paper.
   */
  async issueDecision(request: IssueDecisionRequest): Promise<IssuedDecision> {
    return refuseRetriesOfBadInput(async () => {
      const kind = documentKindOf(request.kind);
      const kase = await this.caseFacts(request.caseId, request.issuerUnitId, DOCUMENT_KINDS[kind].identifiesDenouncer);
      const compose = (numberText: string, issuer: IssuerFacts) => {
        const content = composeDocument(documentFacts(kind, request, kase, numberText, issuer));
        return { content, summary: content.heading.summary };
      };
      return this.documents.issueNumbered(
        {
          caseId: request.caseId,
          key: request.key ?? request.kind,
          kind: request.kind,
          typeCode: request.typeCode,
          issuerUnitId: request.issuerUnitId,
          issuedOn: request.issuedOn,
          year: documentYear(request.issuedOn),
          secret: request.secret,
          signerUserId: request.signer.userId,
          signerName: request.signer.fullName,
          issuedByUserId: request.issuedBy.userId,
          ...(request.replacesDocumentId ? { replacesDocumentId: request.replacesDocumentId } : {}),
          ...(request.correctsDocumentId ? { correctsDocumentId: request.correctsDocumentId } : {}),
        },
        formatDocumentNumber,
        compose,
      );
    });
  }

  /**
   * The case as its documents cite it: code, receipt, data, the documents it already has and the issuer's upper
   * union; with `withDenouncer`, the sealed identity opened (a notice addressed to the denouncer).
   */
  private async caseFacts(caseId: string, issuerUnitId: string, withDenouncer: boolean): Promise<CaseFacts> {
    const [row] = (await this.db.query(
      `SELECT c.code, c.received_at::text AS "receivedAt", c.procedure_code AS "procedureCode", c.data,
              (SELECT p.name FROM org_units u JOIN org_units p ON p.id = u.parent_id WHERE u.id = $2) AS "upperUnitName",
              COALESCE((SELECT json_agg(json_build_object('kind', d.kind, 'numberText', d.number_text, 'issuedOn', d.issued_on, 'issuerName', o.name)
                          ORDER BY d.issued_on, d.created_at) FROM documents d JOIN org_units o ON o.id = d.issuer_unit_id WHERE d.case_id = c.id), '[]') AS documents,
              CASE WHEN $3 THEN (SELECT sealed FROM protected_identities WHERE case_id = c.id) END AS sealed
         FROM cases c WHERE c.id = $1`,
      [caseId, issuerUnitId, withDenouncer],
    )) as (CaseFacts & { sealed: string | null })[];
    if (!row) throw new NotFound('hồ sơ', 'Case', caseId);
    const { sealed, ...facts } = row;
    if (!sealed) return facts;
    if (!this.box) throw new Error('a notice to the denouncer needs the payload key to open the sealed identity');
    return { ...facts, denouncer: (JSON.parse(this.box.openText(sealed)) as { denouncer: ProtectedIdentity }).denouncer };
  }

  /**
   * The new CĐCS, keyed by the case that recognised it. When it already exists (a retry) the insert does nothing
   * and the existing id is read; a second round trip only then.
   */
  async recogniseUnit(request: RecogniseUnitRequest): Promise<{ orgUnitId: string }> {
    return this.db.transaction(async (tx) => {
      const inserted = (await tx.query(
        `INSERT INTO org_units (name, code, level, parent_id, valid_from, source_case_id)
         VALUES ($1, 'CĐCS', 'grassroots', $2, $3, $4)
         ON CONFLICT (source_case_id) DO NOTHING
         RETURNING id`,
        [request.name.trim(), request.parentUnitId, request.validFrom, request.caseId],
      )) as { id: string }[];
      const orgUnitId = inserted[0]?.id ?? ((await tx.query(`SELECT id FROM org_units WHERE source_case_id = $1`, [request.caseId])) as { id: string }[])[0].id;
      // Its BCH, effective from the decision's date; a retry adds nobody twice.
      await tx.query(
        `INSERT INTO committee_members (org_unit_id, body, full_name, position, valid_from, source_case_id)
         SELECT $1, 'BCH', trim(m."fullName"), m.position, $2, $3 FROM jsonb_to_recordset($4::jsonb) AS m("fullName" text, position text)
         ON CONFLICT (source_case_id, body, full_name) DO NOTHING`,
        [orgUnitId, request.validFrom, request.caseId, JSON.stringify(request.bch ?? [])],
      );
      return { orgUnitId };
    });
  }

  /**
   * One change to a unit's committee roster (domain §3). Each member sits in one row per body, keyed by the case, the
   * body and the name, so a retry updates the same rows (and rewrites nothing when they already say the same).
   * - `interim`: the announced chair, vice-chairs and UBKT chair act from the announcement, before the QĐ.
   * - `recognise`: in one transaction, a new committee first ends the previous one (rows of other cases, in the
   *   bodies this decision fills, begun before its date) the day before the decision; then every member is recognised
   *   from the decision's date (an interim holder becomes recognised); this case's interim holders the decision did
   *   not recognise end the day before.
   * - `revoke`: a refused or withdrawn dossier ends this case's interim holders on that date.
   */
  async changeRoster(change: RosterChange): Promise<void> {
    return refuseRetriesOfBadInput(async () => {
      const rows = JSON.stringify(rosterRows(change));
      if (change.change === 'revoke') {
        await this.db.query(END_INTERIM_SQL, [change.caseId, change.validFrom]);
        return;
      }
      if (change.change === 'interim') {
        await this.db.query(UPSERT_MEMBERS_SQL, [change.orgUnitId, change.validFrom, change.caseId, rows, 'interim', null]);
        return;
      }
      await this.db.transaction(async (tx) => {
        if (change.replacesCommittee) await tx.query(END_PREVIOUS_COMMITTEE_SQL, [change.orgUnitId, change.validFrom, change.caseId, rows]);
        await tx.query(UPSERT_MEMBERS_SQL, [change.orgUnitId, change.validFrom, change.caseId, rows, 'recognised', change.decisionNumber ?? null]);
        await tx.query(END_INTERIM_SQL, [change.caseId, previousDay(change.validFrom)]);
      });
    });
  }

  /**
   * The holds on a commendation (NĐ 152/2025 Art. 4), in one statement: the open discipline, complaint and
   * denunciation cases about a nominee hold it (placed once; found again after a release, held again); its holds no
   * longer found (that case closed, the nominee left the list) are released.
   */
  async placeHolds(request: PlaceHoldsRequest): Promise<HoldReason[]> {
    const people = request.people
      .map((p) => ({ fullName: p.fullName?.trim() ?? '', userId: p.userId || null }))
      .filter((p) => p.fullName !== '' || p.userId !== null);
    return (await this.db.query(PLACE_HOLDS_SQL, [request.caseId, JSON.stringify(people)])) as HoldReason[];
  }

  /** The open cases this one holds (unreleased), oldest first: to be told it closed so they check their holds again. */
  async casesHeldBy(request: { caseId: string }): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT c.id FROM case_holds h JOIN cases c ON c.id = h.case_id
        WHERE h.held_by_case_id = $1 AND h.released_at IS NULL AND c.closed_at IS NULL
        GROUP BY c.id, c.created_at ORDER BY c.created_at, c.id`,
      [request.caseId],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}

interface CaseFacts {
  code: string;
  receivedAt: string;
  procedureCode: string;
  data: Record<string, unknown>;
  upperUnitName: string | null;
  documents: CaseDocumentRef[];
  denouncer?: ProtectedIdentity;
}

function documentKindOf(kind: string): DocumentKind {
  if (kind in DOCUMENT_KINDS) return kind as DocumentKind;
  throw new ValidationFailed([{ field: 'kind', rule: 'isDocumentKind', message: `không có mẫu văn bản "${kind}"`, messageEn: `no document template '${kind}'` }]);
}

/** What the paper says: the register's facts (number, issuer, signer) and the case's. */
function documentFacts(kind: DocumentKind, request: IssueDecisionRequest, kase: CaseFacts, numberText: string, issuer: IssuerFacts): DocumentFacts {
  const procedure = findProcedure(kase.procedureCode);
  return {
    kind,
    numberText,
    issuedOn: request.issuedOn,
    issuer: { name: issuer.issuerName, code: issuer.issuerCode, placeName: issuer.placeName ?? '', parentName: issuer.parentName },
    signer: { fullName: request.signer.fullName, title: issuer.signerTitle, role: issuer.signerRole ?? '', ...signingOf(request.details) },
    caseCode: kase.code,
    receivedAt: kase.receivedAt,
    ...(kase.procedureCode === 'thanh-lap-cdcs' ? { subject: kase.data as unknown as FoundingSubject } : {}),
    ...(kase.procedureCode === 'khieu-nai' ? { complaint: complaintFacts(kase.data as unknown as ComplaintData, request, kase.upperUnitName, kase.documents) } : {}),
    ...(kase.procedureCode === 'to-cao'
      ? { denunciation: denunciationFacts(kase.data as unknown as DenunciationData, kase.receivedAt, request, kase.documents, kase.denouncer) }
      : {}),
    // committees, commendation, discipline, issuance (domain §3–§5, §8): their fact block and the notices' addressee
    ...procedureFacts(kase.procedureCode, kase.data, request, kase.documents),
    // A checklist key reads as the item's name; free text stays as the officer wrote it.
    missingItems: request.missingItems?.map((item) => (procedure && dossierItemOf(procedure, item)?.name) || item),
    reasons: request.reasons,
  };
}

/** Input that can never succeed (an impossible date, an unknown issuer) fails the activity at once instead of retrying for ever. */
async function refuseRetriesOfBadInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RangeError || error instanceof DomainError) {
      throw ApplicationFailure.create({ message: error.message, type: error.name, nonRetryable: true, cause: error });
    }
    throw error;
  }
}

const COMMITTEE_BODY_CODES = ['BCH', 'BTV', 'UBKT'];

/** One row per member and body (a name given twice for a body is one row: the last one given). */
function rosterRows(change: RosterChange): { body: string; fullName: string; position: string | null; userId: string | null }[] {
  const rows = new Map<string, { body: string; fullName: string; position: string | null; userId: string | null }>();
  for (const [i, member] of change.members.entries()) {
    const fullName = member.fullName?.trim() ?? '';
    if (!fullName) throw new ValidationFailed([{ field: `members[${i}].fullName`, rule: 'isNotEmpty', message: 'thiếu họ và tên', messageEn: 'full name is missing' }]);
    for (const body of member.bodies) {
      if (!COMMITTEE_BODY_CODES.includes(body)) {
        throw new ValidationFailed([{ field: `members[${i}].bodies`, rule: 'isCommitteeBody', message: `không có cơ quan "${body}"`, messageEn: `no committee body '${body}'` }]);
      }
      rows.set(`${body}\u0000${fullName}`, { body, fullName, position: member.position || null, userId: member.userId || null });
    }
  }
  return [...rows.values()];
}

/** The day before a YYYY-MM-DD date (calendar arithmetic in UTC, so no time zone shifts it). */
function previousDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) throw new RangeError(`not a date: ${date}`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * $1 unit, $2 valid from, $3 case, $4 rows, $5 status, $6 decision number. A recognition overwrites this case's interim
 * row; an interim write never downgrades a recognised one. A row ended earlier than the new start (an interim holder
 * revoked, then recognised after all) runs again; one ended later (by the next committee) keeps its end.
 */
const UPSERT_MEMBERS_SQL = `
INSERT INTO committee_members (org_unit_id, body, full_name, position, valid_from, source_case_id, status, user_id, decision_number)
SELECT $1, m.body, m."fullName", m.position, $2::date, $3, $5, m."userId", $6
  FROM jsonb_to_recordset($4::jsonb) AS m(body text, "fullName" text, position text, "userId" uuid)
ON CONFLICT (source_case_id, body, full_name) DO UPDATE
   SET status = EXCLUDED.status, position = EXCLUDED.position, user_id = EXCLUDED.user_id, valid_from = EXCLUDED.valid_from,
       decision_number = EXCLUDED.decision_number,
       valid_to = CASE WHEN committee_members.valid_to < EXCLUDED.valid_from THEN NULL ELSE committee_members.valid_to END
 WHERE (committee_members.status = 'interim' OR EXCLUDED.status = 'recognised')
   AND ((committee_members.status, committee_members.position, committee_members.user_id, committee_members.valid_from, committee_members.decision_number)
          IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.position, EXCLUDED.user_id, EXCLUDED.valid_from, EXCLUDED.decision_number)
        OR committee_members.valid_to < EXCLUDED.valid_from)`;

/**
 * $1 unit, $2 the new committee's first day, $3 its case, $4 its rows: the previous holders of the bodies it fills
 * end the day before. Rows begun on or after that day (a later committee's) are not the previous ones.
 */
const END_PREVIOUS_COMMITTEE_SQL = `
UPDATE committee_members SET valid_to = $2::date - 1
 WHERE org_unit_id = $1 AND valid_to IS NULL AND valid_from < $2::date AND source_case_id IS DISTINCT FROM $3
   AND body IN (SELECT m.body FROM jsonb_to_recordset($4::jsonb) AS m(body text))`;

/** $1 case, $2 last day: its interim holders still in office end then; one who would start after it never held office. */
const END_INTERIM_SQL = `
WITH never AS (
  DELETE FROM committee_members WHERE source_case_id = $1 AND status = 'interim' AND valid_to IS NULL AND valid_from > $2::date
)
UPDATE committee_members SET valid_to = $2::date
 WHERE source_case_id = $1 AND status = 'interim' AND valid_to IS NULL AND valid_from <= $2::date`;

/** Discipline, complaints and denunciations: an open one about a nominee holds a commendation (NĐ 152/2025 Art. 4). */
const HOLDING_PROCEDURES = ['ky-luat', 'khieu-nai', 'to-cao'];

/** A name as compared: Unicode NFC, trimmed, inner spaces collapsed, lower case. */
const nameKey = (expr: string) => `lower(regexp_replace(btrim(normalize(${expr}, NFC)), '\\s+', ' ', 'g'))`;

/**
 * $1 the held case, $2 its nominees ({ fullName, userId }). A case holds it when it is open (closed_at IS NULL), of a
 * holding procedure, not the case itself, and about a nominee: by account (a case party disciplined, accused or
 * complained against, or the account the case data names), or by the same name where the data names the person
 * (ky-luat: subject, khieu-nai: complainedAgainst, to-cao: accused), unless both sides name different accounts.
 */
const PLACE_HOLDS_SQL = `
WITH people AS (
  SELECT DISTINCT p."fullName" AS nominee, p."userId" AS user_id, ${nameKey('p."fullName"')} AS name_key
    FROM jsonb_to_recordset($2::jsonb) AS p("fullName" text, "userId" uuid)
),
subjects AS (
  SELECT c.id, c.procedure_code, c.created_at,
         CASE c.procedure_code WHEN 'ky-luat' THEN c.data->'subject' WHEN 'khieu-nai' THEN c.data->'complainedAgainst' ELSE c.data->'accused' END AS subject
    FROM cases c
   WHERE c.closed_at IS NULL AND c.id <> $1 AND c.procedure_code IN (${HOLDING_PROCEDURES.map((p) => `'${p}'`).join(', ')})
),
found AS (
  SELECT DISTINCT s.id AS held_by, s.procedure_code, s.created_at, p.nominee
    FROM people p JOIN subjects s ON
         (p.user_id IS NOT NULL
          AND (EXISTS (SELECT 1 FROM case_parties cp
                        WHERE cp.case_id = s.id AND cp.user_id = p.user_id AND cp.relation IN ('disciplined', 'accused', 'complained-against'))
               OR lower(s.subject->>'userId') = p.user_id::text))
      OR (p.name_key <> '' AND ${nameKey(`s.subject->>'fullName'`)} = p.name_key
          AND NOT (p.user_id IS NOT NULL AND COALESCE(s.subject->>'userId', '') <> '' AND lower(s.subject->>'userId') <> p.user_id::text))
),
placed AS (
  INSERT INTO case_holds (case_id, held_by_case_id, nominee) SELECT $1, f.held_by, f.nominee FROM found f
  ON CONFLICT (case_id, held_by_case_id, nominee) DO UPDATE SET released_at = NULL, placed_at = now()
   WHERE case_holds.released_at IS NOT NULL
),
released AS (
  UPDATE case_holds h SET released_at = now()
   WHERE h.case_id = $1 AND h.released_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM found f WHERE f.held_by = h.held_by_case_id AND f.nominee = h.nominee)
)
SELECT f.held_by AS "heldByCaseId", f.procedure_code AS "procedureCode", f.nominee
  FROM found f ORDER BY f.nominee COLLATE "vi-x-icu", f.created_at, f.held_by`;
