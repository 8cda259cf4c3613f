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
