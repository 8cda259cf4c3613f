import { ApplicationFailure } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import type { CaseActivities, IssueDecisionRequest, IssuedDecision, RecogniseUnitRequest, Transition } from '@congdoan/contracts';
import { DomainError, type YearCalendar } from '@congdoan/domain';
import { CalendarYearsRepository, DocumentsRepository } from '@congdoan/persistence';
import { documentYear, formatDocumentNumber } from './document-number';
import { APPLY_TRANSITION_SQL, applyTransitionParams } from './transition-statement';

/**
 * The read-model side of every case workflow. Temporal retries activities, so each method is idempotent: a second
 * call with the same input changes nothing and returns what the first returned.
 */
export class CaseActivitiesImpl implements CaseActivities {
  private readonly calendarYears: CalendarYearsRepository;
  private readonly documents: DocumentsRepository;

  constructor(private readonly db: DataSource) {
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

  async issueDecision(request: IssueDecisionRequest): Promise<IssuedDecision> {
    return refuseRetriesOfBadInput(() =>
      this.documents.issueNumbered(
        {
          caseId: request.caseId,
          kind: request.kind,
          typeCode: request.typeCode,
          issuerUnitId: request.issuerUnitId,
          issuedOn: request.issuedOn,
          year: documentYear(request.issuedOn),
          secret: request.secret,
          signerUserId: request.signer.userId,
          signerName: request.signer.fullName,
          summary: request.summary,
          issuedByUserId: request.issuedBy.userId,
        },
        formatDocumentNumber,
      ),
    );
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
