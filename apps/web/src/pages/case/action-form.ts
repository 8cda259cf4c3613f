import type { Dayjs } from 'dayjs';
import type { CodeLabel, LegalGround, ProcedureGrounds } from '../../api/types';
import { deferralGroundsOf } from '../../components/union-lists';
import type { ActRequest, MeetingRequest } from './case-api';
import { type VoteSpec, disciplineFormsOf, voteSpec } from './vote-spec';

/**
 * What the action modal's form holds; each action uses some of it. The request's own data fields, plus the comment
 * and the return's free-text items (sent merged with the checklist keys as `missing`).
 */
export type ActionFormValues = Omit<NonNullable<ActRequest['data']>, 'meeting'> & {
  comment?: string;
  /** return: items outside the checklist, one per line */
  extraMissing?: string;
  /** vote: the meeting as typed (its date a picker's value) */
  meeting?: MeetingValues;
  /** sign: 'own' (the API chooses TM./KT.) or 'TUQ' (by a stand-in) */
  signAs?: 'own' | 'TUQ';
};

export interface MeetingValues {
  /** fixed by the step (a hidden field) */
  body?: string;
  heldOn?: Dayjs | null;
  members?: number | null;
  present?: number | null;
  ballot?: 'secret' | 'show-of-hands';
  votes?: { option?: string; for?: number | null; against?: number | null; abstain?: number | null }[];
  minutesAttachmentId?: string;
}

/** Where an action is taken: the case's procedure and step, and the grounds the procedure lists. */
export interface ActionContext {
  procedureCode: string;
  stepKey: string | undefined;
  grounds?: ProcedureGrounds;
  /** the case's data (nominees, the discipline's subject) and its catalog entry: what a vote or a form picker offers */
  caseData?: Record<string, unknown>;
  procedure?: Record<string, unknown>;
  language?: string;
}

/** What an action's form asks for, beyond its comment, in this procedure and step (the API's act-rules and workflows). */
export interface ActionSpec {
  /** the grounds to choose one of (required when present) */
  grounds?: LegalGround[];
  /** the resolution's finding, with what is decided in the comment */
  finding: boolean;
  /** NĐ 31/2019 criteria of an extension; the amount is then at most 30 days */
  criteria?: LegalGround[];
  maxAmount: number;
  /** a decision number typed by hand (the denunciation's QĐ gia hạn is numbered by the system instead) */
  decisionRef: boolean;
  members: boolean;
  forwardTo: boolean;
  coercion: boolean;
  acceptance: boolean;
  findingsDiffer: boolean;
  measures: boolean;
  method: boolean;
  commentRequired: boolean;
  /** vote: the meeting and its ballot */
  vote?: VoteSpec;
  /** an upper union's discipline decision: the forms to choose from (`data.form`) */
  disciplineForms?: CodeLabel[];
  /** sign: the signature's mode (TUQ. asks for the stand-in) */
  signing: boolean;
}

const FINDING_STEPS: Record<string, string> = { 'khieu-nai': 'quyet-dinh', 'to-cao': 'ket-luan' };

export function actionSpec(action: string, { procedureCode, stepKey, grounds, caseData = {}, procedure, language = 'vi' }: ActionContext): ActionSpec {
  const denunciation = procedureCode === 'to-cao';
  const complaint = procedureCode === 'khieu-nai';
  const discipline = procedureCode === 'ky-luat';
  const groundsFor: Record<string, LegalGround[] | undefined> = {
    // An information report is filed without a ground ("lưu đơn"); every other refusal names one (Luật KN Art. 11, Luật TC Art. 29).
    reject: denunciation && stepKey === 'xu-ly-thong-tin' ? undefined : discipline ? undefined : grounds?.refusal,
    // A discipline's deferral names its QĐ 5130 Art. 6(1) ground (pregnancy, illness, detention…).
    suspend: discipline ? deferralGroundsOf({ ...procedure, grounds: grounds ?? procedure?.grounds }) : grounds?.suspension,
    terminate: grounds?.termination,
  };
  const finding = action === 'approve' && !!stepKey && FINDING_STEPS[procedureCode] === stepKey;
  const criteria = action === 'extend' && grounds?.complexity?.length ? grounds.complexity : undefined;
  return {
    grounds: groundsFor[action]?.length ? groundsFor[action] : undefined,
    finding,
    criteria,
    maxAmount: criteria ? 30 : 366,
    decisionRef: action === 'extend' && !denunciation,
    members: action === 'assign',
    forwardTo: action === 'forward',
    coercion: action === 'withdraw' && denunciation,
    acceptance: action === 'approve' && complaint && stepKey === 'thu-ly',
    findingsDiffer: action === 'approve' && complaint && stepKey === 'xac-minh',
    measures: action === 'approve' && denunciation && stepKey === 'ket-luan',
    method: action === 'approve' && denunciation && stepKey === 'cong-khai',
    commentRequired: COMMENT_REQUIRED.includes(action) || finding,
    vote: action === 'vote' ? voteSpec(procedureCode, stepKey, caseData, procedure, language) : undefined,
    disciplineForms: action === 'approve' && discipline && stepKey === UPPER_DECISION_STEP ? disciplineFormsOf(caseData, procedure, language) : undefined,
    signing: action === 'sign',
  };
}

/** The upper union's step that decides a discipline whose ballot gave no form a majority. */
export const UPPER_DECISION_STEP = 'cap-tren-xem-xet';

/** Actions that end or commit something for good: confirmed before they are sent. */
export function isIrreversible(action: string, decisionStep: boolean, procedureCode?: string): boolean {
  if (['reject', 'withdraw', 'issue', 'terminate', 'forward', 'sign'].includes(action)) return true;
  // A denunciation's clock decisions are numbered documents (QĐ gia hạn, tạm đình chỉ, tiếp tục): no number is taken back.
  if (procedureCode === 'to-cao' && ['extend', 'suspend', 'resume'].includes(action)) return true;
  return action === 'approve' && decisionStep;
}

/** Actions whose comment the server requires (act-rules.ts): checked here first, with the same words. */
export const COMMENT_REQUIRED: readonly string[] = ['reject', 'extend', 'suspend'];

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const trimmed = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** The body of POST /api/tasks/:id/actions (tasks.dto.ts ActDto) for an action and what was typed. */
export function toActRequest(action: string, values: ActionFormValues): ActRequest {
  const comment = values.comment?.trim();
  const request: ActRequest = { action, ...(comment ? { comment } : {}) };
  let data: NonNullable<ActRequest['data']> = {};
  if (action === 'return') data = { missing: [...(values.missing ?? []), ...lines(values.extraMissing)] };
  if (action === 'delegate') data = { toUserId: values.toUserId };
  if (action === 'extend') {
    data = { amount: values.amount, decisionRef: trimmed(values.decisionRef), criteria: values.criteria?.length ? values.criteria : undefined };
  }
  if (['reject', 'suspend', 'terminate'].includes(action)) data = { ground: values.ground };
  if (action === 'assign') data = { memberIds: values.memberIds };
  if (action === 'forward') data = { forwardTo: trimmed(values.forwardTo) };
  if (action === 'withdraw') data = { coercionSuspected: values.coercionSuspected || undefined };
  if (action === 'vote') data = { meeting: meetingRequest(values.meeting) };
  // The API decides TM., KT. or TUQ. itself; a TUQ. names the stand-in (its id) it rests on.
  if (action === 'sign') data = values.signAs === 'TUQ' ? { delegationRef: values.delegationRef } : {};
  if (action === 'approve') {
    data = {
      form: values.form,
      finding: values.finding,
      complex: values.complex || undefined,
      obstacleDays: typeof values.obstacleDays === 'number' ? values.obstacleDays : undefined,
      findingsDiffer: values.findingsDiffer || undefined,
      measures: trimmed(values.measures),
      method: trimmed(values.method),
    };
  }
  const kept = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  if (Object.keys(kept).length > 0) request.data = kept;
  return request;
}

const number = (n: number | null | undefined): number | undefined => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);

/** `data.meeting` as typed: counts left empty are not sent (the API counts a missing "against" as none). */
export function meetingRequest(values: MeetingValues | undefined): MeetingRequest | undefined {
  if (!values) return undefined;
  const votes = (values.votes ?? []).map((v) => {
    const row: MeetingRequest['votes'][number] = { option: v.option ?? '', for: number(v.for) ?? 0 };
    if (number(v.against) !== undefined) row.against = number(v.against);
    if (number(v.abstain) !== undefined) row.abstain = number(v.abstain);
    return row;
  });
  return {
    body: values.body ?? '',
    heldOn: values.heldOn ? values.heldOn.format('YYYY-MM-DD') : '',
    members: number(values.members) ?? 0,
    present: number(values.present) ?? 0,
    ballot: values.ballot ?? 'secret',
    votes,
    ...(values.minutesAttachmentId ? { minutesAttachmentId: values.minutesAttachmentId } : {}),
  };
}

const FIELDS: Record<string, keyof ActionFormValues> = {
  comment: 'comment',
  'data.missing': 'missing',
  'data.toUserId': 'toUserId',
  'data.amount': 'amount',
  'data.decisionRef': 'decisionRef',
  'data.ground': 'ground',
  'data.criteria': 'criteria',
  'data.memberIds': 'memberIds',
  'data.finding': 'finding',
  'data.obstacleDays': 'obstacleDays',
  'data.measures': 'measures',
  'data.method': 'method',
  'data.forwardTo': 'forwardTo',
  'data.form': 'form',
  'data.delegationRef': 'delegationRef',
};

/**
 * The form field a server problem names (`details[].field`), so its message shows next to that input: a name, or a
 * path inside the meeting (`data.meeting.votes.0.for` → `['meeting', 'votes', 0, 'for']`).
 */
export function formFieldOf(serverField: string): keyof ActionFormValues | (string | number)[] | null {
  if (serverField.startsWith('data.meeting')) {
    const path = serverField.split('.').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return path.length > 1 ? path : null;
  }
  return FIELDS[serverField] ?? FIELDS[serverField.replace(/\.\d+$/, '')] ?? null;
}
