import type { DeadlineUnit } from '../calendar/deadline';
import type { Role } from '../roles';

/** Every action a human step may allow (api.md); each step allows some. */
export const ACTIONS = [
  'approve', 'reject', 'return', 'resubmit', 'delegate', 'extend', 'suspend', 'resume', 'withdraw', 'vote', 'sign', 'issue',
  'assign', 'forward', 'terminate',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<Action, string> = {
  approve: 'Đồng ý',
  reject: 'Từ chối',
  return: 'Trả lại bổ sung hồ sơ',
  resubmit: 'Nộp lại hồ sơ đã bổ sung',
  delegate: 'Giao cho người khác',
  extend: 'Gia hạn',
  suspend: 'Tạm đình chỉ',
  resume: 'Tiếp tục giải quyết',
  withdraw: 'Rút hồ sơ / rút đơn',
  vote: 'Biểu quyết',
  sign: 'Ký',
  issue: 'Vào số, ban hành',
  assign: 'Phân công tổ xác minh',
  forward: 'Chuyển đơn đến cơ quan có thẩm quyền',
  terminate: 'Đình chỉ giải quyết',
};

/** Actions that leave the step open: they change who holds it, who works on it, or its clock. */
export const STEP_KEEPING_ACTIONS: readonly Action[] = ['delegate', 'assign', 'extend', 'suspend', 'resume'];

/** One human step: who acts, what they may do, and its period (configuration with these defaults). */
export interface StepDefinition {
  key: string;
  name: string;
  role: Role;
  actions: readonly Action[];
  deadline: { amount: number; unit: DeadlineUnit };
  /** working days before the due date when the holder is reminded */
  remindBefore: number;
  /** working days after the due date when the escalation climbs to the parent unit */
  escalateToParentAfter: number;
  /** who is told in the parent unit (default its leaders; a complaint goes to the upper union's UBKT, domain §6) */
  escalateToParentRole?: Role;
  /**
   * Decisions of the person who resolves the case (người giải quyết: the unit's leader) that may be taken while the
   * step is with someone else, e.g. a QĐ gia hạn while the UBKT verifies. The API lets the unit's leaders take them.
   */
  leaderActions?: readonly Action[];
  /** what an action means on this step, where the common label says too little ('approve' at thụ lý: 'Thụ lý') */
  actionLabels?: Partial<Record<Action, string>>;
  /**
   * `return` sends the case back for more verification (a leader to the UBKT), not a dossier for supplementation:
   * it needs a comment saying what to verify, not a list of missing dossier items.
   */
  returnsForVerification?: boolean;
  /** what the law lets the holder do to the clock, when the step allows `extend` / `suspend` / `resume` */
  clockRules?: {
    /**
     * e.g. Luật Tố cáo Art. 30: at most 2 extensions of at most 30 days each. With `byComplexity`, each extension
     * names the NĐ 31/2019 Art. 3 criteria the case meets, and one criterion allows 1 extension, two or more allow 2.
     */
    extensions?: { max: number; maxAmount: number; byComplexity?: boolean; rule: string };
  };
}

/** One item of a procedure's dossier checklist (thành phần hồ sơ): files are attached to it, a return names it. */
export interface DossierItem {
  key: string;
  name: string;
  required: boolean;
  /** its files show who the denouncer is (the signed letter, their papers): only the people assigned may open them */
  identifiesDenouncer?: boolean;
}

export interface ProcedureDefinition {
  code: string;
  name: string;
  version: number;
  /** the letters of the case code, e.g. `TL` in `TL-2026-0001` */
  casePrefix: string;
  /**
   * Who opens a case: by default a holder of the first step's role in the deciding unit; `cdcs-chair` is the chair of
   * the lower union named in `data.cdcsId`, whose direct upper union is the deciding unit (it submits its own dossier).
   */
  submittedBy?: 'cdcs-chair';
  steps: readonly StepDefinition[];
  /** the thành phần hồ sơ the upper union checks */
  dossier: readonly DossierItem[];
  /** how the reports count it: the documents that show a case was accepted, and the share to close on time */
  report?: { acceptedBy: readonly string[]; onTimeTarget?: number };
}

export function dossierItemOf(procedure: ProcedureDefinition, key: string): DossierItem | undefined {
  return procedure.dossier.find((item) => item.key === key);
}

/** The label of an action on a step: the step's own wording, else the common one. */
export function actionLabel(step: Pick<StepDefinition, 'actionLabels'> | undefined, action: Action): string {
  return step?.actionLabels?.[action] ?? ACTION_LABELS[action];
}

/** Whether the step takes the action from its holder or, for a leader's decision, from the unit's leaders. */
export function stepAllows(step: Pick<StepDefinition, 'actions' | 'leaderActions'>, action: Action): boolean {
  return step.actions.includes(action) || (step.leaderActions ?? []).includes(action);
}

export function stepOf(procedure: ProcedureDefinition, key: string): StepDefinition {
  const step = procedure.steps.find((s) => s.key === key);
  if (!step) throw new Error(`procedure ${procedure.code} has no step '${key}'`);
  return step;
}

/** A case's status as people read it (the terminal statuses of domain §1–§8 and the one open state). */
export const CASE_STATUS_LABELS: Record<string, string> = {
  open: 'Đang giải quyết',
  RECOGNISED: 'Đã công nhận',
  REJECTED: 'Không chấp thuận',
  WITHDRAWN: 'Đã rút hồ sơ',
  NOT_ACCEPTED: 'Không thụ lý',
  RESOLVED: 'Đã giải quyết',
  TERMINATED: 'Đình chỉ giải quyết',
  FORWARDED: 'Đã chuyển đơn',
  INFO_REPORT: 'Xử lý như thông tin phản ánh',
  ON_HOLD: 'Tạm dừng xét (đang có vụ việc chưa kết thúc)',
  AWARDED: 'Đã khen thưởng',
  DEFERRED: 'Hoãn xem xét kỷ luật',
  DISCIPLINED: 'Đã thi hành kỷ luật',
  NO_DISCIPLINE: 'Không kỷ luật',
  ISSUED: 'Đã ban hành',
};
