import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { CaseActivities, Transition } from '@congdoan/contracts';

const retry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' } as const;

/** Read-model writes and numbering: short, idempotent, retried until PostgreSQL answers (a step may wait for days). */
export const caseActivities = proxyActivities<CaseActivities>({ startToCloseTimeout: '30 seconds', retry });

/**
 * The same transition writer run as a local activity: in the worker, with no round trip through the Temporal server,
 * so an action's Update answers sooner (benchmark R2). Idempotent like the remote one, so a replayed retry is safe.
 */
const localReadModel = proxyLocalActivities<Pick<CaseActivities, 'applyTransition'>>({ startToCloseTimeout: '30 seconds', retry });

/** Cases started before this change recorded remote activities: they replay with those, new work runs locally. */
export function applyTransition(transition: Transition): Promise<void> {
  return patched('read-model-local-activity') ? localReadModel.applyTransition(transition) : caseActivities.applyTransition(transition);
}
