import { useMessages } from '../../i18n/use-messages';
import { CASE_STATUS_WORDS, STEP_HOLDER_WORDS } from '../../components/code-words';

/**
 * The words the case page uses for the API's codes (roles, statuses, actions, outcomes), in both languages. Unknown
 * codes fall back to the code itself, so a new procedure never shows an empty label.
 */
const M = {
  vi: {
    roles: STEP_HOLDER_WORDS.vi,
    statuses: CASE_STATUS_WORDS.vi,
    actions: {
      approve: 'Đồng ý',
      reject: 'Từ chối',
      return: 'Trả lại bổ sung hồ sơ',
      resubmit: 'Nộp lại hồ sơ đã bổ sung',
      delegate: 'Giao cho người khác',
      extend: 'Gia hạn',
      suspend: 'Tạm đình chỉ',
      resume: 'Tiếp tục',
      withdraw: 'Rút hồ sơ',
      issue: 'Vào số, ban hành',
      sign: 'Ký',
      vote: 'Biểu quyết',
    } as Record<string, string>,
    /** approve at a leader's step is the decision itself */
    approveDecision: 'Phê duyệt',
    outcomes: {
      approve: 'Đã đồng ý',
      reject: 'Đã từ chối',
      return: 'Đã trả lại để bổ sung',
      resubmit: 'Đã nộp lại hồ sơ',
      withdraw: 'Đã rút hồ sơ',
      issue: 'Đã vào số, ban hành',
      sign: 'Đã ký',
      vote: 'Đã biểu quyết',
      cancelled: 'Đã hủy',
      superseded: 'Không còn hiệu lực',
    } as Record<string, string>,
    /** timeline kinds the server leaves without words */
    events: {
      clock_extend: 'Gia hạn thời hạn giải quyết',
      clock_suspend: 'Tạm đình chỉ việc giải quyết',
      clock_resume: 'Tiếp tục giải quyết',
    } as Record<string, string>,
  },
  en: {
    roles: STEP_HOLDER_WORDS.en,
    statuses: CASE_STATUS_WORDS.en,
    actions: {
      approve: 'Approve',
      reject: 'Reject',
      return: 'Return for supplementation',
      resubmit: 'Resubmit the supplemented dossier',
      delegate: 'Hand over to someone else',
      extend: 'Extend',
      suspend: 'Suspend',
      resume: 'Resume',
      withdraw: 'Withdraw the dossier',
      issue: 'Number and issue',
      sign: 'Sign',
      vote: 'Vote',
    } as Record<string, string>,
    approveDecision: 'Approve (decide)',
    outcomes: {
      approve: 'Approved',
      reject: 'Rejected',
      return: 'Returned for supplementation',
      resubmit: 'Dossier resubmitted',
      withdraw: 'Withdrawn',
      issue: 'Numbered and issued',
      sign: 'Signed',
      vote: 'Voted',
      cancelled: 'Cancelled',
      superseded: 'No longer current',
    } as Record<string, string>,
    events: {
      clock_extend: 'Deadline extended',
      clock_suspend: 'Handling suspended',
      clock_resume: 'Handling resumed',
    } as Record<string, string>,
  },
};

export interface CaseLabels {
  role(role: string): string;
  status(status: string): string;
  /** `decision`: the step is a leader's decision, where approving is the decision itself */
  action(action: string, decision?: boolean): string;
  outcome(outcome: string): string;
  event(kind: string, what: string): string;
}

export function useCaseLabels(): CaseLabels {
  const m = useMessages(M);
  return {
    role: (role) => m.roles[role] ?? role,
    status: (status) => m.statuses[status] ?? status,
    action: (action, decision) => (action === 'approve' && decision ? m.approveDecision : (m.actions[action] ?? action)),
    outcome: (outcome) => m.outcomes[outcome] ?? outcome,
    // The server describes most events in Vietnamese; it returns the bare kind for the ones it has no words for.
    event: (kind, what) => (what === kind ? (m.events[kind] ?? what) : what),
  };
}

/** A leader's step is where the case is decided: approving there is irreversible and is confirmed first. */
export const isDecisionStep = (role: string | undefined): boolean => role === 'leader';
