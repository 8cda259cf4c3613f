import type { LegalGround, ProcedureGrounds } from '../../api/types';
import type { ActRequest } from './case-api';

/**
 * What the action modal's form holds; each action uses some of it. The request's own data fields, plus the comment
 * and the return's free-text items (sent merged with the checklist keys as `missing`).
 */
export type ActionFormValues = NonNullable<ActRequest['data']> & {
  comment?: string;
  /** return: items outside the checklist, one per line */
  extraMissing?: string;
};

/** Where an action is taken: the case's procedure and step, and the grounds the procedure lists. */
export interface ActionContext {
  procedureCode: string;
  stepKey: string | undefined;
  grounds?: ProcedureGrounds;
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
}

const FINDING_STEPS: Record<string, string> = { 'khieu-nai': 'quyet-dinh', 'to-cao': 'ket-luan' };

export function actionSpec(action: string, { procedureCode, stepKey, grounds }: ActionContext): ActionSpec {
  const denunciation = procedureCode === 'to-cao';
  const complaint = procedureCode === 'khieu-nai';
  const groundsFor: Record<string, LegalGround[] | undefined> = {
    // An information report is filed without a ground ("lưu đơn"); every other refusal names one (Luật KN Art. 11, Luật TC Art. 29).
    reject: denunciation && stepKey === 'xu-ly-thong-tin' ? undefined : grounds?.refusal,
    suspend: grounds?.suspension,
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
  };
}

/** Actions that end or commit something for good: confirmed before they are sent. */
export function isIrreversible(action: string, decisionStep: boolean, procedureCode?: string): boolean {
  if (['reject', 'withdraw', 'issue', 'terminate', 'forward'].includes(action)) return true;
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
  if (action === 'approve') {
    data = {
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
};

/** The form field a server problem names (`details[].field`), so its message shows next to that input. */
export function formFieldOf(serverField: string): keyof ActionFormValues | null {
  return FIELDS[serverField] ?? FIELDS[serverField.replace(/\.\d+$/, '')] ?? null;
}
