import type { ActRequest } from './case-api';

/** What the action modal's form holds; each action uses some of it. */
export interface ActionFormValues {
  comment?: string;
  /** return: keys of the dossier checklist */
  missing?: string[];
  /** return: items outside the checklist, one per line */
  extraMissing?: string;
  /** delegate */
  toUserId?: string;
  /** extend: days added, in the period's own unit */
  amount?: number;
  /** extend: the decision that grants it */
  decisionRef?: string;
}

/** Actions that end or commit something for good: confirmed before they are sent. */
export function isIrreversible(action: string, decisionStep: boolean): boolean {
  return action === 'reject' || action === 'withdraw' || action === 'issue' || (action === 'approve' && decisionStep);
}

/** Actions whose comment the server requires (act-rules.ts): checked here first, with the same words. */
export const COMMENT_REQUIRED: readonly string[] = ['reject', 'extend', 'suspend'];

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The body of POST /api/tasks/:id/actions (tasks.dto.ts ActDto) for an action and what was typed. */
export function toActRequest(action: string, values: ActionFormValues): ActRequest {
  const comment = values.comment?.trim();
  const request: ActRequest = { action, ...(comment ? { comment } : {}) };
  if (action === 'return') request.data = { missing: [...(values.missing ?? []), ...lines(values.extraMissing)] };
  if (action === 'delegate') request.data = { toUserId: values.toUserId };
  if (action === 'extend') {
    const decisionRef = values.decisionRef?.trim();
    request.data = { amount: values.amount, ...(decisionRef ? { decisionRef } : {}) };
  }
  return request;
}

/** The form field a server problem names (`details[].field`), so its message shows next to that input. */
export function formFieldOf(serverField: string): keyof ActionFormValues | null {
  switch (serverField) {
    case 'comment':
      return 'comment';
    case 'data.missing':
      return 'missing';
    case 'data.toUserId':
      return 'toUserId';
    case 'data.amount':
      return 'amount';
    case 'data.decisionRef':
      return 'decisionRef';
    default:
      return null;
  }
}
