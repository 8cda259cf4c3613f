import type { Action, DisciplineForm, MeetingRecord, Role, YearCalendar } from '@congdoan/domain';
import type { Person } from './case-workflow.contract';

/** A task row of the read model: one human step's work item (or an escalation entry in a leader's inbox). */
export interface TaskRecord {
  taskId: string;
  stepKey: string;
  kind: 'action' | 'escalation';
  name: string;
  role: Role;
  orgUnitId: string;
  assigneeUserId: string | null;
  allowedActions: Action[];
  dueDate: string | null;
  /** for an escalation entry: the task it is about */
  aboutTaskId?: string;
  escalationLevel: number;
}

export interface TimelineRecord {
  /** unique per case: a retried activity writes it once */
  eventKey: string;
  kind: string;
  stepKey?: string;
  actor?: Person;
  comment?: string;
  data?: Record<string, unknown>;
}

export interface NotificationRecord {
  dedupeKey: string;
  kind: 'task' | 'reminder' | 'overdue' | 'escalation' | 'decision' | 'outcome';
  /** to a user, or to everyone holding a role in a unit */
  userId?: string;
  role?: Role;
  orgUnitId?: string;
  taskId?: string;
  title: string;
  body: string;
}

/**
 * Everything one workflow step changes in the read model, applied in ONE transaction by one activity call, so a user
 * action costs one commit and a retry writes nothing twice (task ids and keys come from the workflow).
 */
export interface Transition {
  caseId: string;
  /** workflow time of the change (ISO instant) */
  at: string;
  closeTasks?: { taskId: string; outcome: Action | 'cancelled' | 'superseded'; comment?: string; by?: Person }[];
  openTasks?: TaskRecord[];
  reassignTask?: { taskId: string; toUser: Person; ownerUserId: string };
  /** people assigned to work on the case (a verification team): what they may see of it follows from this */
  assignments?: { userId: string; role: 'verifier-head' | 'verifier' | 'decider' }[];
  /** a step's due date moved (extension) or is suspended (null while the clock is paused) */
  retimeTasks?: { taskId: string; dueDate: string | null }[];
  events?: TimelineRecord[];
  notifications?: NotificationRecord[];
  caseUpdate?: { status?: string; legalDueDate?: string | null; closed?: boolean };
}

/** A numbered document (a decision or a notice), registered and composed in one go; its template writes the trích yếu. */
export interface IssueDecisionRequest {
  caseId: string;
  /** a document kind of `@congdoan/documents`, e.g. `qd-cong-nhan-cdcs`, `tb-bo-sung-ho-so` */
  kind: string;
  /** one document per key and case, so a retry returns the same number; default: the kind (one per case) */
  key?: string;
  typeCode: string; // `QĐ`, `TB`
  issuerUnitId: string;
  issuedOn: string; // YYYY-MM-DD, Vietnam time
  secret: boolean;
  /** who signs: their title in the issuing unit (Chủ tịch, Phó Chủ tịch → KT.) decides the signature block */
  signer: Person;
  issuedBy: Person;
  /** a request for supplementation: the missing dossier items (checklist keys or free text) */
  missingItems?: string[];
  /** a refusal or a request for supplementation: the officer's reasons */
  reasons?: string;
  /** what a complaint or denunciation document says beyond the case data, from the decision that issues it */
  details?: DocumentDetails;
  /** a content correction (NĐ 30/2020 Art. 18(3)): the issued document this new one replaces; the register links both */
  replacesDocumentId?: string;
  /** a format correction: the issued document this công văn đính chính corrects; the register links both */
  correctsDocumentId?: string;
}

/** The decision's own facts for a complaint or denunciation document (the activity adds the case's and the register's). */
export interface DocumentDetails {
  /** a legal ground's code (refusal, suspension, termination) */
  ground?: string;
  finding?: 'dung' | 'sai' | 'dung-mot-phan';
  /** the leader's resolution or conclusion text, the verifiers' findings */
  resolution?: string;
  verification?: string;
  acceptedOn?: string;
  resolutionDays?: number;
  /** the period's last day as the document states it (after an extension or a resumption: the new one) */
  dueOn?: string;
  /** an extension: its number (1st, 2nd), days and complexity criteria (codes) */
  ordinal?: number;
  amount?: number;
  criteria?: string[];
  forwardTo?: string;
  measures?: string;
  method?: string;
  /** the collective decision the document cites: the Hội đồng TĐKT's meeting (khen thưởng), the BTV's ballot (kỷ luật); counts only */
  meeting?: MeetingRecord;
  /** kỷ luật: the form the ballot resolved */
  form?: DisciplineForm;
  /** khen thưởng: the nominees the council passed, by name (a collective by its unit name); the decision lists only them */
  awarded?: string[];
  /** công văn đính chính: the issued document whose format it corrects */
  corrects?: { numberText: string; issuedOn: string; summary: string };
  /** how the signer signs (NĐ 30 Art. 13): TM., KT., TUQ. (a written delegation), TL.; default: from their title */
  signingMode?: 'TM' | 'KT' | 'TUQ' | 'TL';
  /** whose title KT., TUQ. and TL. name, e.g. 'Chủ tịch' */
  principalTitle?: string;
}

export interface IssuedDecision {
  documentId: string;
  number: number;
  numberText: string; // `05/QĐ-CĐVC`
  issuedOn: string;
}

export interface RecogniseUnitRequest {
  caseId: string;
  parentUnitId: string;
  name: string;
  validFrom: string;
  /** the BCH elected at the founding congress, recognised by the same decision */
  bch: { fullName: string; position?: string }[];
}

/** Why a case is held: a nominee is the subject of another case still open (NĐ 152/2025 Art. 4). */
export interface HoldReason {
  heldByCaseId: string;
  /** ky-luat, khieu-nai, to-cao */
  procedureCode: string;
  /** the nominee as the commendation names them */
  nominee: string;
}

export interface PlaceHoldsRequest {
  caseId: string;
  /** the nominees: matched by account where given, else by full name */
  people: { fullName: string; userId?: string }[];
}

/**
 * The committee roster of a union (who sits on its BCH, BTV, UBKT, in which position, from which date). `interim`:
 * the elected chair, vice-chairs and UBKT chair act from the announced result, before the decision; `recognise`: the
 * decision's date starts everyone's term (a new committee ends the previous one the day before); `revoke`: a refused
 * or withdrawn dossier ends the interim holders.
 */
export interface RosterChange {
  caseId: string;
  orgUnitId: string;
  change: 'interim' | 'recognise' | 'revoke';
  validFrom: string;
  /** a whole new committee (after a congress) replaces the previous one; an addition (bổ sung) does not */
  replacesCommittee: boolean;
  members: { fullName: string; position: string; bodies: string[]; userId?: string }[];
  decisionNumber?: string;
}

export interface CaseActivities {
  loadCalendar(): Promise<YearCalendar[]>;
  applyTransition(transition: Transition): Promise<void>;
  issueDecision(request: IssueDecisionRequest): Promise<IssuedDecision>;
  /** the new CĐCS as an org unit under the deciding union, from the decision's date (idempotent per case) */
  recogniseUnit(request: RecogniseUnitRequest): Promise<{ orgUnitId: string }>;
  /** records the change to a unit's committee roster (idempotent per case, member and body) */
  changeRoster(change: RosterChange): Promise<void>;
  /**
   * Finds the open discipline, complaint and denunciation cases about these people and records that they hold this
   * case (idempotent); releases the holds no longer true. Returns the holds in force.
   */
  placeHolds(request: PlaceHoldsRequest): Promise<HoldReason[]>;
  /** the open cases held by this one, to be told it closed */
  casesHeldBy(request: { caseId: string }): Promise<string[]>;
}
