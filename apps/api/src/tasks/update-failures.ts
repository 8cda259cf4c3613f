import { ApplicationFailure, ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { REFUSALS } from '@congdoan/contracts';
import { Conflict, DomainError } from '@congdoan/domain';
import { temporalUnavailable } from '../cases/case-workflows.service';

const REFUSAL_TYPES = new Set<string>(Object.values(REFUSALS));
/** The state changed under the user (409); every other refusal is a rule of the procedure (422). */
const CONFLICT_TYPES = new Set<string>([REFUSALS.STEP_CLOSED, REFUSALS.BUSY]);

/** Workflow messages read "tiếng Việt / English"; each half goes to its own field. */
function split(message: string): [string, string] {
  const at = message.lastIndexOf(' / ');
  return at > 0 ? [message.slice(0, at), message.slice(at + 3)] : [message, message];
}

/** The HTTP answer for a failed act Update, or undefined for an error that is a bug (left to become a 500). */
export function actionFailure(error: unknown): DomainError | undefined {
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    if (cause instanceof ApplicationFailure && cause.type && REFUSAL_TYPES.has(cause.type)) {
      const [vi, en] = split(cause.message);
      return new DomainError(CONFLICT_TYPES.has(cause.type) ? 'conflict' : 'rule', cause.type, vi, en);
    }
    const reason = cause?.message ?? error.message;
    return new DomainError('rule', 'ACTION_FAILED', `Quy trình không ghi nhận thao tác: ${reason}`, `The procedure did not accept the action: ${reason}`);
  }
  if (error instanceof WorkflowNotFoundError) {
    return new Conflict('Hồ sơ đã kết thúc hoặc không còn chờ thao tác', "The case's workflow has ended or is not running", 'CASE_NOT_RUNNING');
  }
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || error instanceof ServiceError) {
    return temporalUnavailable('Chưa ghi nhận được thao tác', 'The action was not confirmed', error.message);
  }
  return undefined;
}
