import { proxyActivities } from '@temporalio/workflow';
import type { SystemCheckActivities, SystemCheckInput, SystemCheckResult } from '@congdoan/contracts';

const activities = proxyActivities<SystemCheckActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 3 },
});

/** Proves the whole path answers: this workflow ran on a worker, and that worker reached PostgreSQL. */
export async function systemCheck(input: SystemCheckInput): Promise<SystemCheckResult> {
  const workerIdentity = await activities.describeWorker();
  const database = await activities.probeDatabase();
  return { requestedBy: input.requestedBy, workerIdentity, databaseVersion: database.version, databaseTime: database.now };
}
