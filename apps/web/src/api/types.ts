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
}

export interface Procedure {
  code: string;
  name: string;
  version: number;
  steps: ProcedureStep[];
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

export interface ClockEntry {
  from?: string;
  to?: string | null;
  reason?: string;
  amount?: number;
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
