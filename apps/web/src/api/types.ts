// The API's views as the UI reads them (shared/design/api.md; the OpenAPI document at /api/docs-json).

export type Role = 'admin' | 'leader' | 'officer' | 'ubkt' | 'clerk' | 'cdcs-chair';
export type DeadlineState = 'on_time' | 'due_soon' | 'overdue' | 'paused';

export interface Me {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  emailNotifications: boolean;
  units: { id: string; name: string; code: string; level: string; roles: { role: Role; title: string | null }[] }[];
}

export interface LoginResult {
  accessToken: string;
}

export interface OrgUnit {
  id: string;
  name: string;
  code: string;
  level: string;
  parentId: string | null;
}

export interface ProcedureStep {
  key: string;
  name: string;
  role: Role;
  deadline: { amount: number; unit: 'working_days' | 'calendar_days' };
  /** what the step's holder may do */
  actions?: string[];
  /** decisions the unit's LEADERS may take while someone else holds the step (a QĐ gia hạn during verification) */
  leaderActions?: string[];
  /** each action's wording on this step ('approve' at a complaint's thụ lý reads 'Thụ lý') */
  actionLabels?: Record<string, string>;
}

/** A legal ground an action names (`data.ground`, `data.criteria`): a stable code, its wording, where the law says it. */
export interface LegalGround {
  code: string;
  label: string;
  cite: string;
}

/** The grounds each kind of decision accepts, per procedure (`GET /api/procedures` → grounds). */
export interface ProcedureGrounds {
  refusal?: LegalGround[];
  suspension?: LegalGround[];
  termination?: LegalGround[];
  complexity?: LegalGround[];
}

export interface Procedure {
  code: string;
  name: string;
  version: number;
  steps: ProcedureStep[];
  grounds?: ProcedureGrounds;
}

export interface Task {
  id: string;
  caseId: string;
  caseCode: string;
  procedureCode: string;
  stepKey: string;
  /** the case's title */
  title: string;
  /** the step's name */
  name: string;
  kind: 'action' | 'escalation';
  dueAt: string | null;
  deadlineState: DeadlineState;
  workingDaysLeft: number | null;
  allowedActions: string[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CaseSummary {
  id: string;
  code: string;
  procedureCode: string;
  status: string;
  orgUnitId: string;
  title: string;
  receivedAt: string;
  legalDueDate: string | null;
  createdAt: string;
  closedAt: string | null;
}

export interface CaseStep {
  taskId: string;
  key: string;
  name: string;
  status: string;
  assignee: { role: string; orgUnitId: string; userId: string | null };
  dueAt: string | null;
  deadlineState: DeadlineState | null;
  outcome: string | null;
  comment: string | null;
  completedAt: string | null;
}

/** A pause {from, to?, reason, decisionRef?, resumeRef?} or an extension {amount, reason, decisionRef?} of the clock. */
export interface ClockEntry {
  from?: string;
  to?: string | null;
  reason?: string;
  amount?: number;
  /** the decision (QĐ gia hạn, QĐ tạm đình chỉ) that made the change, by its number */
  decisionRef?: string;
  /** a pause: the decision (QĐ tiếp tục) that ended it */
  resumeRef?: string;
  [key: string]: unknown;
}

export interface CaseClock {
  taskId: string;
  stepKey: string;
  start: string;
  budget: { amount: number; unit: 'working_days' | 'calendar_days' };
  pauses: ClockEntry[];
  extensions: ClockEntry[];
  dueAt: string | null;
  paused: boolean;
  deadlineState: DeadlineState;
  workingDaysLeft: number | null;
  escalationLevel: number;
}

export interface TimelineEntry {
  id: number;
  when: string;
  who: { userId: string | null; fullName: string } | null;
  what: string;
  kind: string;
  stepKey: string | null;
  comment: string | null;
  data: Record<string, unknown> | null;
}

export interface CaseDocument {
  id: string;
  kind: string;
  number: string;
  issuedAt: string;
  signer: string;
  signerTitle: string | null;
  summary: string;
  files: { pdf: string; docx: string };
}

export interface Attachment {
  id: string;
  dossierItem: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  note: string | null;
  uploadedAt: string;
  uploadedBy: { userId: string; fullName: string };
}

export interface DossierItem {
  key: string;
  name: string;
  required: boolean;
  attachmentCount: number;
}

export interface CaseView extends CaseSummary {
  procedureVersion: number;
  data: Record<string, unknown>;
  steps: CaseStep[];
  clock?: CaseClock;
  timeline: TimelineEntry[];
  documents: CaseDocument[];
  attachments: Attachment[];
  dossier: DossierItem[];
  /**
   * A denunciation (tố cáo): its denouncer's identity is protected. When visibleToYou, `data.denouncer` is present and
   * the title and content are the originals; otherwise they are redacted and the files that identify the denouncer
   * show only that they exist.
   */
  identity?: { protected: boolean; visibleToYou: boolean };
  /** a commendation ON_HOLD: each nominee with a pending case and why, in Vietnamese (NĐ 152/2025 Art. 4) */
  holds?: CaseHold[];
  /** the collective decisions recorded on the case (Hội đồng TĐKT, BTV…), oldest first */
  meetings?: CaseMeeting[];
  /** a committee dossier filed after its 10 working days (HD 38 Mục 10.4(đ)): flagged, never refused */
  submissionLate?: boolean;
  submissionDue?: string | null;
  /** cases tied to this one: the discipline case a complaint challenges, the complaints about a discipline decision */
  links?: CaseLink[];
}

/** Another case this one is tied to. */
export interface CaseLink {
  relation: 'discipline-decision' | 'complaint' | string;
  label: string;
  caseId: string;
  code: string;
  procedureCode: string;
  status: string | null;
  statusLabel: string | null;
  /** whether the viewer may open it */
  visible: boolean;
}

/** Why a commendation waits: a nominee, and the reason in Vietnamese (never the other case's code). */
export interface CaseHold {
  nominee: string;
  reason: string;
  reasonEn?: string;
  since?: string;
  procedureCode?: string;
}

/** A ballot's result as the engine drew it (timeline `ballot_resolved`). */
export interface MeetingOutcome {
  summary: string;
  /** a discipline ballot: `form` decided, or `refer-up` to the upper union */
  outcome?: 'form' | 'refer-up' | string;
  form?: string;
  formLabel?: string;
  tally?: { form: string; votes: number; cumulative: number; passed: boolean }[];
  cumulative?: boolean;
  awarded?: string[];
  [key: string]: unknown;
}

/** One option put to the vote and what it got. */
export interface MeetingResult {
  option: string;
  /** the option in words (a discipline form's name); the option itself for a nominee */
  label?: string;
  for: number;
  against?: number;
  abstain?: number;
  /** discipline: its own votes plus those carried down from the heavier forms */
  cumulative?: number;
  passed: boolean;
}

/** A collective body's meeting as the case view gives it (its record, the quorum and the result the engine drew). */
export interface CaseMeeting {
  stepKey?: string | null;
  body: string;
  bodyLabel?: string;
  heldOn: string;
  members: number;
  present: number;
  ballot?: 'secret' | 'show-of-hands';
  /** members needed for a valid meeting */
  quorum?: number;
  quorumReached?: boolean;
  /** votes "for" needed to pass */
  majorityNeeded?: number;
  results: MeetingResult[];
  /** what the procedure drew from the ballot: its words (`summary`) and the timeline's result (form, tally, awarded) */
  outcome?: MeetingOutcome | null;
  /** a discipline ballot: the form it decided, or null when none had a majority (the upper union decides) */
  decidedForm?: string | null;
  minutesAttachmentId?: string | null;
}

/** `GET /api/org-units/:id/committee?on=`: someone on a body of the unit's committee on that day. */
export interface CommitteeSeat {
  body: string;
  fullName: string;
  position: string | null;
  positionLabel?: string | null;
  status: 'interim' | 'recognised';
  validFrom: string;
  validTo?: string | null;
  decisionNumber: string | null;
  /** the previous term's seat while a newly elected committee acts ahead of its decision */
  outgoing?: boolean;
}

/** `GET /api/documents/register`: one line of the sổ đăng ký văn bản đi. */
export interface RegisterEntry {
  id: string;
  /** số, ký hiệu: `05/KH-CĐVC` */
  number: string;
  sequence?: number;
  typeCode: string;
  typeName?: string;
  /** the secret series, numbered apart */
  secret?: boolean;
  kind?: string;
  issuedOn: string;
  /** trích yếu; null when the reader may not see the case */
  summary: string | null;
  signer: string;
  signerTitle?: string | null;
  recipients?: string[] | null;
  caseId?: string | null;
  caseCode?: string | null;
  /** the reader may not see the document's case: only the number, date, type and signer are shown */
  restricted?: boolean;
  replaces?: RegisterLink | null;
  replacedBy?: RegisterLink | null;
  corrects?: RegisterLink | null;
  correctedBy?: RegisterLink[];
}

/** A document another one replaces or corrects. */
export interface RegisterLink {
  id: string;
  number?: string;
  numberText?: string;
  [key: string]: unknown;
}

/** `GET /api/documents/register?format=json`: a page of one issuer's year. */
export interface RegisterPage {
  issuer?: { id: string; name: string; code: string };
  year: number;
  items: RegisterEntry[];
  nextCursor: string | null;
}

/** `GET /api/cases/:id/identity-reads`: each time someone read a denouncer's identity, newest first. */
export interface IdentityRead {
  at: string;
  userId: string;
  fullName: string;
  /** what was read: the case page, a document, an attachment */
  purpose: string;
  subjectId: string | null;
}

/** `GET /api/org-units/:id/people`: someone holding a role in a unit today. */
export interface OrgUnitPerson {
  userId: string;
  fullName: string;
  role: Role;
  title: string | null;
}

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  caseId: string | null;
  caseCode: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage extends Page<NotificationItem> {
  unreadCount: number;
}

/** `GET /api/procedures`: a procedure of the catalog with its dossier checklist (thành phần hồ sơ). */
export interface CatalogProcedure extends Procedure {
  dossier: { key: string; name: string; required: boolean }[];
  /** `cdcs-chair`: the lower union's chair files it (committee dossiers); else the first step's role opens it */
  submittedBy?: string | null;
}

/** A code of a catalog list with its words (positions, award types, discipline forms). */
export interface CodeLabel {
  code: string;
  label: string;
}

// What a complaint's and a denunciation's `data` hold on the case page (apps/api/src/complaints; domain case-data.ts).

export type Channel = 'truc-tiep' | 'buu-dien' | 'thu-dien-tu' | 'chuyen-den';
export type Finding = 'dung' | 'sai' | 'dung-mot-phan';

export interface ComplaintCaseData {
  instance?: 1 | 2;
  complainant?: { fullName: string; address: string; phone?: string };
  content?: string;
  decisionComplainedOf?: { summary: string; number?: string; issuedOn?: string; issuerName?: string; signerName?: string; signerUserId?: string };
  complainedAgainst?: { fullName: string; userId?: string };
  channel?: Channel;
  learnedOn?: string;
  obstacleDays?: number;
  complex?: boolean;
  remoteArea?: boolean;
  firstCase?: { caseId: string; code: string; decisionNumber?: string; decisionIssuedOn?: string; orgUnitId: string };
}

export interface DenunciationCaseData {
  anonymous?: boolean;
  form?: 'written' | 'oral';
  channel?: Channel;
  accused?: { fullName: string; position?: string; userId?: string };
  content?: string;
  places?: number;
  identityProtected?: boolean;
  /** only for the people who may read the identity (`identity.visibleToYou`) */
  denouncer?: { fullName: string; address?: string; phone?: string; email?: string };
}
