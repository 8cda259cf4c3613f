import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Action, DeadlineState, DeadlineUnit, DisciplineForm, LegalClock, MeetingRecord, Role, YearCalendar } from '@congdoan/domain';

/**
 * The contract between the API and a procedure workflow: how a case starts, how a human acts on it (a Workflow
 * Update, so the caller gets a clear accept or refusal), and what the workflow can be asked.
 */
export function caseWorkflowId(caseId: string): string {
  return `case-${caseId}`;
}

/** The workflow type each procedure runs (one procedure, one workflow file in workflows/src/procedures). */
export const WORKFLOW_TYPES: Readonly<Record<string, string>> = {
  'thanh-lap-cdcs': 'thanhLapCdcs',
  'cong-nhan-bch': 'congNhanBch',
  'bo-sung-uy-vien': 'boSungUyVien',
  'khen-thuong': 'khenThuong',
  'ky-luat': 'kyLuat',
  'khieu-nai': 'khieuNai',
  'to-cao': 'toCao',
  'ban-hanh-van-ban': 'banHanhVanBan',
};

export interface Person {
  userId: string;
  fullName: string;
}

/** The workflow's only argument. The API writes the case's intake row, then starts the workflow with this. */
export interface CaseStart {
  caseId: string;
  caseCode: string;
  procedureCode: string;
  title: string;
  /** the deciding union body (the CĐVC for a founding case) and its direct upper union, for the second escalation rung */
  orgUnitId: string;
  parentOrgUnitId: string | null;
  /** the day the dossier or letter arrived: legal clocks start from it, so a case entered late is already late */
  receivedAt: string;
  createdBy: Person;
  data: Record<string, unknown>;
  /** the deployment's settings that shape the legal clocks, fixed for the case at intake so replays count the same */
  settings?: {
    complaintAcceptanceUnit?: DeadlineUnit;
    /** a discipline ballot short of a majority adds its votes to the next lighter form (domain §5; on by default) */
    cumulativeDisciplineVotes?: boolean;
  };
}

export interface ActRequest {
  /** the task the user acted on; a stale id (the step moved on) is refused */
  taskId: string;
  action: Action;
  comment?: string;
  data?: {
    /** `return`: the dossier items that are missing */
    missing?: string[];
    /** `delegate`: who takes the step (the API checked they hold the role in the unit) */
    toUser?: Person;
    /** `extend`: days added to the period (in its own unit), by the decision `decisionRef` (QĐ gia hạn) */
    amount?: number;
    decisionRef?: string;
    /** `extend` of a denunciation: the NĐ 31/2019 Art. 3 complexity criteria the case meets (codes) */
    criteria?: string[];
    /** `reject`, `suspend`, `terminate`: the legal ground (a code of libs/domain/complaints/grounds.ts) */
    ground?: string;
    /** `assign`: the verification team (tổ xác minh), its head first; the API checked roles and conflicts of interest */
    team?: Person[];
    /** a resolution's finding: the complaint or denunciation is đúng, sai or đúng một phần */
    finding?: 'dung' | 'sai' | 'dung-mot-phan';
    /** acceptance of a complaint: it is complex (longer period, Luật KN Art. 28) */
    complex?: boolean;
    /** acceptance of a complaint: days the complainant lost to objective obstacles, not counted in the 90 (Art. 9) */
    obstacleDays?: number;
    /** verification of a complaint: the findings differ from the claim, so dialogue minutes are on file (Art. 30) */
    findingsDiffer?: boolean;
    /** `forward`: the competent body the denunciation goes to */
    forwardTo?: string;
    /** `withdraw` of a denunciation: there are signs the denouncer was threatened or forced (Luật TC Art. 33(2)) */
    coercionSuspected?: boolean;
    /** the conclusion's recommended measures, or how the case was published */
    measures?: string;
    method?: string;
    /** `vote`: the collective decision (the body's members, those present, each question's count, the minutes) */
    meeting?: MeetingRecord;
    /** the discipline form an upper union decides after a ballot short of a majority */
    form?: DisciplineForm;
    /** `sign` of a document: how the signer signs (TM. the collective, KT. for the head, TUQ. by written delegation) */
    signingMode?: 'TM' | 'KT' | 'TUQ';
    /** the stand-in (giấy ủy quyền) a TUQ. signature rests on; the API checked it is valid today and covers signing */
    delegationRef?: string;
    /** set by the API for a TUQ. or KT. signature: the title of the person signed for (Chủ tịch) */
    principalTitle?: string;
  };
  /** who acts; the API has checked they may (role in the unit, delegation or stand-in) */
  actor: Person;
}

export interface ActResult {
  taskId: string;
  stepKey: string;
  action: Action;
  caseStatus: string;
}

/** Why a validator refused an action; the API maps each to 409 or 422 (ApplicationFailure type). */
export const REFUSALS = {
  STEP_CLOSED: 'STEP_CLOSED', // 409: the task is no longer open (decided, or the case moved on)
  BUSY: 'STEP_BUSY', // 409: another action on this step is being recorded right now
  ACTION_NOT_ALLOWED: 'ACTION_NOT_ALLOWED', // 422
  REASON_REQUIRED: 'REASON_REQUIRED', // 422: reject without a comment
  MISSING_ITEMS_REQUIRED: 'MISSING_ITEMS_REQUIRED', // 422: return without the list of missing items
  DELEGATE_TARGET_REQUIRED: 'DELEGATE_TARGET_REQUIRED', // 422
  CLOCK_RULE: 'CLOCK_RULE', // 422: an extension beyond the cap, a pause while paused, a resume while running
  GROUND_REQUIRED: 'GROUND_REQUIRED', // 422: a refusal, suspension or termination without its legal ground
  FILING_WINDOW_CLOSED: 'FILING_WINDOW_CLOSED', // 422: accepting a complaint filed after its 90 days
  TEAM_REQUIRED: 'TEAM_REQUIRED', // 422: assign without members
  FINDING_REQUIRED: 'FINDING_REQUIRED', // 422: a resolution without its finding
  MEETING_REQUIRED: 'MEETING_REQUIRED', // 422: a vote without its meeting record
  MEETING_INVALID: 'MEETING_INVALID', // 422: quorum not met, votes above those present, a form not allowed…
  FORM_REQUIRED: 'FORM_REQUIRED', // 422: an upper union's discipline decision without its form
} as const;
export type Refusal = (typeof REFUSALS)[keyof typeof REFUSALS];

export const actUpdate = defineUpdate<ActResult, [ActRequest]>('act');

/** An admin entered a year's official notice: running clocks recompute their instants with it. */
export const calendarChangedSignal = defineSignal<[YearCalendar[]]>('calendarChanged');

export interface OpenStepView {
  taskId: string;
  stepKey: string;
  role: Role;
  orgUnitId: string;
  assigneeUserId: string | null;
  clock: LegalClock;
  dueDate: string | undefined;
  deadlineState: DeadlineState;
  escalationLevel: number;
}

export interface CaseStateView {
  status: string;
  openStep: OpenStepView | null;
}

export const caseStateQuery = defineQuery<CaseStateView>('caseState');

/**
 * A case this one waits on has closed (a commendation on hold for a nominee's discipline, complaint or denunciation
 * case): the waiting case checks again whether anything still holds it.
 */
export const holdMayBeOverSignal = defineSignal<[string]>('holdMayBeOver');
