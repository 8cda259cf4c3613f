import type { CaseStateView } from '@congdoan/contracts';
import { DOCUMENT_KINDS, type DocumentKind } from '@congdoan/documents';
import {
  ACTION_LABELS,
  CASE_STATUS_LABELS,
  DISCIPLINE_FORM_LABELS,
  type DisciplineForm,
  type Action,
  type DeadlineState,
  type LegalClock,
  type WorkingCalendar,
  deadlineState,
  type ProcedureDefinition,
  actionLabel,
  findProcedure,
  isPaused,
  vietnameseDate,
  vietnamDate,
  workingDaysLeft,
} from '@congdoan/domain';
import type { CaseDetailRow, CaseRow, CaseStepRow, TimelineRow } from '@congdoan/persistence';
import { type AttachmentView, type DossierItemView, toAttachmentView, toDossierView } from '../attachments/attachment-view';
import type { HoldView } from '../commendation/holds-view';
import { type MeetingView, meetingsOf, submissionLateOf } from '../committees/meeting-view';
import type { CaseLinkView } from '../discipline/case-links';

export interface CaseStepView {
  taskId: string;
  key: string;
  name: string;
  status: string;
  assignee: { role: string; orgUnitId: string; userId: string | null };
  dueAt: string | null;
  /** open steps: as of today; closed ones: whether they were decided by their due date */
  deadlineState: DeadlineState | null;
  outcome: string | null;
  comment: string | null;
  completedAt: string | null;
}

export interface CaseClockView extends Pick<LegalClock, 'start' | 'budget' | 'pauses' | 'extensions'> {
  taskId: string;
  stepKey: string;
  dueAt: string | null;
  paused: boolean;
  deadlineState: DeadlineState;
  workingDaysLeft: number | null;
  escalationLevel: number;
}

export interface TimelineEntryView {
  id: number;
  when: string;
  who: { userId: string | null; fullName: string } | null;
  what: string;
  kind: string;
  stepKey: string | null;
  comment: string | null;
  data: Record<string, unknown> | null;
}

export interface CaseDocumentView {
  id: string;
  kind: string;
  number: string;
  issuedAt: string;
  signer: string;
  signerTitle: string | null;
  summary: string;
  /** a notice addressed to a denouncer: it names them, so only the people assigned to the case may open it */
  identifiesDenouncer: boolean;
  /** where to download it: PDF to print, DOCX to edit */
  files: { pdf: string; docx: string };
}

export type CaseSummaryView = Omit<CaseRow, 'createdBy'>;

export interface CaseView extends CaseSummaryView {
  data: Record<string, unknown>;
  steps: CaseStepView[];
  clock?: CaseClockView;
  timeline: TimelineEntryView[];
  documents: CaseDocumentView[];
  attachments: AttachmentView[];
  /** the procedure's dossier checklist with the files of each item: what is still missing */
  dossier: DossierItemView[];
  /** a denunciation: its denouncer's identity is protected, and whether this user may see it (then in data.denouncer) */
  identity?: { protected: boolean; visibleToYou: boolean };
  /** the collective decisions recorded (a council's or a BTV's ballot): quorum, each option's result, the outcome */
  meetings: MeetingView[];
  /** a committee dossier sent more than 10 working days after the first BCH meeting (HD 38 Mục 10.4(đ)) */
  submissionLate?: boolean;
  submissionDue?: string | null;
  /** a commendation on hold (NĐ 152/2025 Art. 4): which nominee and why, never the other case's code */
  holds?: HoldView[];
  /** cases tied to this one: a discipline case and the complaints about its decision */
  links?: CaseLinkView[];
}

export const toCaseSummary = ({ createdBy: _createdBy, ...row }: CaseRow): CaseSummaryView => row;

/** The case page: read-model rows, deadline states from the calendar, and the live clock when the workflow gave it. */
export function toCaseView(row: CaseDetailRow, calendar: WorkingCalendar, today: string, state?: CaseStateView): CaseView {
  const { steps, timeline, documents, attachments = [], data, ...summary } = row;
  const procedure = findProcedure(row.procedureCode);
  const stepName = (key: string | null) => procedure?.steps.find((s) => s.key === key)?.name ?? key ?? '';
  const dossierItemName = (key: unknown) => procedure?.dossier.find((d) => d.key === key)?.name ?? String(key ?? '');
  const open = state?.openStep;
  return {
    ...toCaseSummary(summary),
    data,
    steps: steps.map((s) => toStepView(s, calendar, today)),
    ...(open
      ? {
          clock: {
            taskId: open.taskId,
            stepKey: open.stepKey,
            start: open.clock.start,
            budget: open.clock.budget,
            pauses: open.clock.pauses,
            extensions: open.clock.extensions,
            dueAt: open.dueDate ?? null,
            paused: isPaused(open.clock),
            // Recomputed for today: inside a query the workflow's clock reads the time of its last task, not now.
            deadlineState: deadlineState(calendar, open.dueDate, today),
            workingDaysLeft: open.dueDate ? workingDaysLeft(calendar, today, open.dueDate) : null,
            escalationLevel: open.escalationLevel,
          },
        }
      : {}),
    timeline: timeline.map((e) => toTimelineEntry(e, procedure, stepName, dossierItemName)),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      number: d.numberText,
      issuedAt: d.issuedOn,
      signer: d.signerName,
      signerTitle: d.signerTitle,
      summary: d.summary,
      identifiesDenouncer: DOCUMENT_KINDS[d.kind as DocumentKind]?.identifiesDenouncer ?? false,
      files: { pdf: `/api/documents/${d.id}/file?format=pdf`, docx: `/api/documents/${d.id}/file?format=docx` },
    })),
    attachments: attachments.map(toAttachmentView),
    dossier: toDossierView(procedure, attachments),
    meetings: meetingsOf(timeline),
    ...(COMMITTEE_PROCEDURES.includes(row.procedureCode) ? submissionOf(timeline) : {}),
  };
}

const COMMITTEE_PROCEDURES = ['cong-nhan-bch', 'bo-sung-uy-vien'];

function ballotSummary(data: Record<string, unknown>): string {
  if (data.outcome === 'form') return `hình thức ${(DISCIPLINE_FORM_LABELS[data.form as DisciplineForm] ?? String(data.form)).toLowerCase()}`;
  if (data.outcome === 'refer-up') return 'không hình thức nào được quá 1/2 số phiếu, báo cáo công đoàn cấp trên';
  if (Array.isArray(data.awarded)) return data.awarded.length ? `đề nghị khen thưởng ${data.awarded.join(', ')}` : 'không ai đạt quá 1/2 số phiếu';
  return 'đã ghi nhận';
}

function submissionOf(timeline: readonly TimelineRow[]): Pick<CaseView, 'submissionLate' | 'submissionDue'> {
  const { late, dueDate } = submissionLateOf(timeline);
  return { submissionLate: late, submissionDue: dueDate };
}

function toStepView(s: CaseStepRow, calendar: WorkingCalendar, today: string): CaseStepView {
  let state: DeadlineState | null = null;
  if (s.status === 'open') state = deadlineState(calendar, s.dueDate ?? undefined, today);
  else if (s.dueDate && s.completedAt) state = vietnamDate(new Date(s.completedAt)) > s.dueDate ? 'overdue' : 'on_time';
  return {
    taskId: s.taskId,
    key: s.key,
    name: s.name,
    status: s.status,
    assignee: { role: s.role, orgUnitId: s.orgUnitId, userId: s.userId },
    dueAt: s.dueDate,
    deadlineState: state,
    outcome: s.outcome,
    comment: s.comment,
    completedAt: s.completedAt,
  };
}

/** What happened, in words, from the event kinds the case workflows write. */
function describe(e: TimelineRow, procedure: ProcedureDefinition | undefined, stepName: (key: string | null) => string, dossierItemName: (key: unknown) => string): string {
  const data = e.data ?? {};
  const step = procedure?.steps.find((s) => s.key === e.stepKey);
  const decision = data.decisionRef ? ` (Quyết định số ${String(data.decisionRef)})` : '';
  const due = data.dueDate ? `; hạn mới ${vietnameseDate(String(data.dueDate), true)}` : '';
  switch (e.kind) {
    case 'case_received':
      return 'Tiếp nhận hồ sơ';
    case 'step_opened':
      return `Bắt đầu bước "${stepName(e.stepKey)}"`;
    case 'action':
      return `${ACTION_LABELS[data.action as Action] ? actionLabel(step, data.action as Action) : String(data.action)}: ${stepName(e.stepKey)}`;
    case 'delegated':
      return `Giao bước "${stepName(e.stepKey)}" cho ${(data.toUser as { fullName?: string } | undefined)?.fullName ?? 'người khác'}`;
    case 'reminder':
      return `Nhắc hạn bước "${stepName(e.stepKey)}"`;
    case 'escalated':
      return `Báo cáo quá hạn bước "${stepName(e.stepKey)}" lên ${data.toRole === 'ubkt' ? 'Ủy ban Kiểm tra cấp trên' : 'lãnh đạo'} (cấp ${String(data.level ?? 1)})`;
    case 'team_assigned':
      return `Phân công tổ xác minh: ${((data.team as { fullName?: string }[] | undefined) ?? []).map((m) => m.fullName).join(', ')}`;
    case 'clock_extend':
      return `Gia hạn giải quyết thêm ${String(data.amount ?? '')} ngày${decision}${due}`;
    case 'clock_suspend':
      return `Tạm đình chỉ giải quyết${decision}: thời gian tạm đình chỉ không tính vào thời hạn`;
    case 'clock_resume':
      return `Tiếp tục giải quyết${decision}${due}`;
    case 'decision_sent':
      return `Gửi quyết định số ${String(data.decisionNumber ?? '')}; có hiệu lực pháp luật từ ${vietnameseDate(String(data.legalEffectFrom), true)}${
        data.secondInstanceUntil ? `, khiếu nại lần hai đến hết ${vietnameseDate(String(data.secondInstanceUntil), true)}` : ''
      }`;
    case 'attachment_uploaded':
      return `Nộp tệp "${String(data.fileName ?? '')}" vào hồ sơ: ${dossierItemName(data.dossierItem)}`;
    case 'attachment_downloaded':
      return `Tải xuống tệp "${String(data.fileName ?? '')}" (${dossierItemName(data.dossierItem)})`;
    case 'submission_late':
      return `Hồ sơ gửi quá 10 ngày làm việc kể từ hội nghị Ban Chấp hành lần thứ nhất (hạn ${vietnameseDate(String(data.dueDate), true)})`;
    case 'hold_placed':
      return `Tạm dừng xét khen thưởng: ${((data.holds as { reason?: string }[] | undefined) ?? []).map((h) => h.reason).join('; ')}`;
    case 'hold_released':
      return 'Tiếp tục xét khen thưởng: không còn vụ việc nào chưa kết thúc';
    case 'ballot_resolved':
      return `Kết quả biểu quyết: ${ballotSummary(data)}`;
    case 'case_closed':
      return `Kết thúc hồ sơ: ${CASE_STATUS_LABELS[String(data.status)] ?? String(data.status ?? '')}${data.documentNumber ? ` (${String(data.documentNumber).includes('/KL-') ? 'Kết luận' : 'Quyết định'} số ${String(data.documentNumber)})` : ''}`;
    default:
      return e.kind;
  }
}

function toTimelineEntry(
  e: TimelineRow,
  procedure: ProcedureDefinition | undefined,
  stepName: (key: string | null) => string,
  dossierItemName: (key: unknown) => string,
): TimelineEntryView {
  return {
    id: Number(e.id),
    when: e.at,
    who: e.actorName ? { userId: e.actorUserId, fullName: e.actorName } : null,
    what: describe(e, procedure, stepName, dossierItemName),
    kind: e.kind,
    stepKey: e.stepKey,
    comment: e.comment,
    data: e.data,
  };
}
