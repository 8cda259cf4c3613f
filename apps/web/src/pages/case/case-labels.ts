import { useTranslation } from 'react-i18next';
import { useMessages } from '../../i18n/use-messages';
import { ACTION_WORDS, CASE_STATUS_WORDS, EVENT_WORDS, STEP_HOLDER_WORDS, ownActionLabel, stepActionWords } from '../../components/code-words';

/**
 * The words the case page uses for the API's codes (roles, statuses, actions, outcomes), in both languages. Unknown
 * codes fall back to the code itself, so a new procedure never shows an empty label.
 */
const M = {
  vi: {
    roles: STEP_HOLDER_WORDS.vi,
    statuses: CASE_STATUS_WORDS.vi,
    actions: ACTION_WORDS.vi,
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
      forward: 'Đã chuyển đơn',
      terminate: 'Đã đình chỉ giải quyết',
      cancelled: 'Đã hủy',
      superseded: 'Không còn hiệu lực',
    } as Record<string, string>,
    /** timeline kinds the server leaves without words */
    events: EVENT_WORDS.vi,
  },
  en: {
    roles: STEP_HOLDER_WORDS.en,
    statuses: CASE_STATUS_WORDS.en,
    actions: ACTION_WORDS.en,
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
      forward: 'Forwarded',
      terminate: 'Terminated',
      cancelled: 'Cancelled',
      superseded: 'No longer current',
    } as Record<string, string>,
    events: EVENT_WORDS.en,
  },
};

/** A step as the labels need it: its procedure, its key and the catalog's wording of its actions. */
export interface LabelledStep {
  procedureCode?: string;
  key?: string;
  role?: string;
  actionLabels?: Record<string, string>;
}

export interface CaseLabels {
  role(role: string): string;
  status(status: string): string;
  /**
   * An action's label: the step's own wording from the catalog when it has one ('approve' at a complaint's thụ lý
   * reads 'Thụ lý'); else `decision` (a leader's step, where approving is the decision itself) or the common name.
   */
  action(action: string, decision?: boolean, step?: LabelledStep): string;
  outcome(outcome: string): string;
  event(kind: string, what: string): string;
}

export function useCaseLabels(): CaseLabels {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  return {
    role: (role) => m.roles[role] ?? role,
    status: (status) => m.statuses[status] ?? status,
    action: (action, decision, step) => {
      if (ownActionLabel(step, action)) return stepActionWords(i18n.language, action, step);
      return action === 'approve' && decision ? m.approveDecision : (m.actions[action] ?? action);
    },
    outcome: (outcome) => m.outcomes[outcome] ?? outcome,
    // The server describes most events in Vietnamese; it returns the bare kind for the ones it has no words for.
    event: (kind, what) => (what === kind ? (m.events[kind] ?? what) : what),
  };
}

/** A leader's step is where the case is decided: approving there is irreversible and is confirmed first. */
export const isDecisionStep = (role: string | undefined): boolean => role === 'leader';
