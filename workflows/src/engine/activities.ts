import { proxyActivities } from '@temporalio/workflow';
import type { CaseActivities } from '@congdoan/contracts';

/** Read-model writes: short, idempotent, retried until PostgreSQL answers (a human step may wait for days). */
export const caseActivities = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
