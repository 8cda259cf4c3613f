import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { CaseActivities, EmailActivities, Transition } from '@congdoan/contracts';

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

/**
 * Email is slow and may be down for hours: retried with backoff for up to two days, then given up (the notification
 * stays in-app). The case never waits on it, except to finish.
 */
export const emailActivities = proxyActivities<EmailActivities>({
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '2 days',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});
