import type { DeadlineUnit } from '../calendar/deadline';
import type { Role } from '../roles';

/** Every action a human step may allow (api.md); each step allows some. */
export const ACTIONS = ['approve', 'reject', 'return', 'resubmit', 'delegate', 'extend', 'suspend', 'resume', 'withdraw', 'vote', 'sign', 'issue'] as const;
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
};

/** One human step: who acts, what they may do, and its period (configuration with these defaults). */
export interface StepDefinition {
  key: string;
  name: string;
  role: Role;
  actions: readonly Action[];
  deadline: { amount: number; unit: DeadlineUnit };
  /** working days before the due date when the holder is reminded */
  remindBefore: number;
  /** working days after the due date when the escalation climbs to the parent unit's leader */
  escalateToParentAfter: number;
  /** what the law lets the holder do to the clock, when the step allows `extend` / `suspend` / `resume` */
  clockRules?: {
    /** e.g. Luật Tố cáo Art. 30: at most 2 extensions of at most 30 days each */
    extensions?: { max: number; maxAmount: number };
  };
}

/** One item of a procedure's dossier checklist (thành phần hồ sơ): files are attached to it, a return names it. */
export interface DossierItem {
  key: string;
  name: string;
  required: boolean;
}

export interface ProcedureDefinition {
  code: string;
  name: string;
  version: number;
  /** the letters of the case code, e.g. `TL` in `TL-2026-0001` */
  casePrefix: string;
  steps: readonly StepDefinition[];
  /** the thành phần hồ sơ the upper union checks */
  dossier: readonly DossierItem[];
}

export function dossierItemOf(procedure: ProcedureDefinition, key: string): DossierItem | undefined {
  return procedure.dossier.find((item) => item.key === key);
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
};
