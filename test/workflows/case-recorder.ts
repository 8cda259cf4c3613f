import type {
  CaseActivities,
  DocumentDetails,
  EmailActivities,
  EmailNotificationsRequest,
  HoldReason,
  IssueDecisionRequest,
  IssuedDecision,
  Person,
  PlaceHoldsRequest,
  RecogniseUnitRequest,
  RosterChange,
  Transition,
} from '@congdoan/contracts';
import { OFFICIAL_YEAR_CALENDARS } from '@congdoan/domain';

/** The issuer codes of the test units, as in a document number (`05/QĐ-CĐVC`). */
const ISSUER_CODES: Record<string, string> = { 'unit-cdvc': 'CĐVC', 'unit-ldld': 'LĐLĐ', 'unit-tld': 'TLĐ' };

/** A document as the register would show it: what was asked for, and the number it got. */
export interface IssuedDocument {
  caseId: string;
  kind: string;
  key: string;
  typeCode: string;
  numberText: string;
  issuedOn: string;
  signer: Person;
  issuerUnitId: string;
  details?: DocumentDetails;
  reasons?: string;
}

/**
 * The case activities as a recorder, for workflow tests: every transition the workflow asks to write is kept, in
 * order, so a test can say what the read model would show (the real writer is tested on PostgreSQL separately).
 * Documents are numbered as the register numbers them: one series per issuer, type and year, from 01 (NĐ 30/2020
 * Art. 15), and one document per case and key, so a retried activity gets the number it got the first time.
 */
export class CaseRecorder implements CaseActivities, EmailActivities {
  readonly transitions: Transition[] = [];
  /** every issueDecision request, in order (a retry of the same case and key is not recorded twice) */
  readonly decisions: IssueDecisionRequest[] = [];
  /** the same documents with their numbers */
  readonly issued: IssuedDocument[] = [];
  readonly units: RecogniseUnitRequest[] = [];
  readonly emails: EmailNotificationsRequest[] = [];
  /** every roster change asked for, in order (a retry is recorded again: the real writer is idempotent) */
  readonly rosterChanges: RosterChange[] = [];
  /** the open discipline, complaint and denunciation cases placeHolds finds: tests push and splice them */
  openCasesAbout: { caseId: string; procedureCode: string; fullName: string; userId?: string }[] = [];
  /** every placeHolds request, in order */
  readonly holdRequests: PlaceHoldsRequest[] = [];
  /** the holds in force, as the last placeHolds of each held case left them */
  private readonly holds = new Map<string, HoldReason[]>();

  async loadCalendar() {
    return OFFICIAL_YEAR_CALENDARS.map((y) => ({ ...y }));
  }

  async applyTransition(transition: Transition): Promise<void> {
    this.transitions.push(transition);
  }

  async issueDecision(request: IssueDecisionRequest): Promise<IssuedDecision> {
    const key = request.key ?? request.kind;
    const index = this.issued.findIndex((d) => d.caseId === request.caseId && d.key === key);
    if (index >= 0) return this.result(index);
    const issuer = ISSUER_CODES[request.issuerUnitId] ?? 'CĐ';
    const year = request.issuedOn.slice(0, 4);
    const series = this.issued.filter((d) => d.issuerUnitId === request.issuerUnitId && d.typeCode === request.typeCode && d.issuedOn.slice(0, 4) === year);
    this.decisions.push(request);
    this.issued.push({
      caseId: request.caseId,
      kind: request.kind,
      key,
      typeCode: request.typeCode,
      numberText: `${String(series.length + 1).padStart(2, '0')}/${request.typeCode}-${issuer}`,
      issuedOn: request.issuedOn,
      signer: request.signer,
      issuerUnitId: request.issuerUnitId,
      ...(request.details ? { details: request.details } : {}),
      ...(request.reasons ? { reasons: request.reasons } : {}),
    });
    return this.result(this.issued.length - 1);
  }

  private result(index: number): IssuedDecision {
    const doc = this.issued[index];
    return { documentId: `doc-${index + 1}`, number: Number(doc.numberText.split('/')[0]), numberText: doc.numberText, issuedOn: doc.issuedOn };
  }

  /** The documents issued, in order, or those of one kind. */
  documents(kind?: string): IssuedDocument[] {
    return this.issued.filter((d) => !kind || d.kind === kind);
  }

  async emailNotifications(request: EmailNotificationsRequest) {
    this.emails.push(request);
    return { sent: request.dedupeKeys.length, alreadySent: 0, skipped: 0 };
  }

  async recogniseUnit(request: RecogniseUnitRequest) {
    this.units.push(request);
    return { orgUnitId: 'unit-new' };
  }

  async changeRoster(change: RosterChange): Promise<void> {
    this.rosterChanges.push(change);
  }

  /** As the real one matches: by account, else by the name (trimmed, case-insensitive). */
  async placeHolds(request: PlaceHoldsRequest): Promise<HoldReason[]> {
    this.holdRequests.push(request);
    const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
    const found = request.people.flatMap((p) =>
      this.openCasesAbout
        .filter((c) => c.caseId !== request.caseId && ((p.userId && c.userId === p.userId) || key(c.fullName) === key(p.fullName)))
        .map((c) => ({ heldByCaseId: c.caseId, procedureCode: c.procedureCode, nominee: p.fullName.trim() })),
    );
    this.holds.set(request.caseId, found);
    return found;
  }

  async casesHeldBy(request: { caseId: string }): Promise<string[]> {
    return [...this.holds].filter(([, held]) => held.some((h) => h.heldByCaseId === request.caseId)).map(([caseId]) => caseId);
  }

  activities(): CaseActivities & EmailActivities {
    return {
      emailNotifications: (r) => this.emailNotifications(r),
      loadCalendar: () => this.loadCalendar(),
      applyTransition: (t) => this.applyTransition(t),
      issueDecision: (r) => this.issueDecision(r),
      recogniseUnit: (r) => this.recogniseUnit(r),
      changeRoster: (c) => this.changeRoster(c),
      placeHolds: (r) => this.placeHolds(r),
      casesHeldBy: (r) => this.casesHeldBy(r),
    };
  }

  events(kind?: string) {
    return this.transitions.flatMap((t) => (t.events ?? []).map((e) => ({ ...e, at: t.at }))).filter((e) => !kind || e.kind === kind);
  }

  openedTasks() {
    return this.transitions.flatMap((t) => (t.openTasks ?? []).map((task) => ({ ...task, at: t.at })));
  }

  closedTasks() {
    return this.transitions.flatMap((t) => t.closeTasks ?? []);
  }

  notifications() {
    return this.transitions.flatMap((t) => t.notifications ?? []);
  }
}
