import { ApplicationFailure } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import type { CaseActivities, IssueDecisionRequest, IssuedDecision, RecogniseUnitRequest, Transition } from '@congdoan/contracts';
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
    signer: { fullName: request.signer.fullName, title: issuer.signerTitle, role: issuer.signerRole ?? '' },
    caseCode: kase.code,
    receivedAt: kase.receivedAt,
    ...(kase.procedureCode === 'thanh-lap-cdcs' ? { subject: kase.data as unknown as FoundingSubject } : {}),
    ...(kase.procedureCode === 'khieu-nai' ? { complaint: complaintFacts(kase.data as unknown as ComplaintData, request, kase.upperUnitName, kase.documents) } : {}),
    ...(kase.procedureCode === 'to-cao'
      ? { denunciation: denunciationFacts(kase.data as unknown as DenunciationData, kase.receivedAt, request, kase.documents, kase.denouncer) }
      : {}),
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
