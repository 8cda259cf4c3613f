/**
 * The system check: a round trip API → Temporal → worker → activity → PostgreSQL, started by `npm start` once the
 * stack is up and by the end-to-end tests, so "it runs" means every hop answered, not just that ports are open.
 */
export const SYSTEM_CHECK_WORKFLOW = 'systemCheck';

export interface SystemCheckInput {
  requestedBy: string;
}

export interface SystemCheckResult {
  requestedBy: string;
  workerIdentity: string;
  databaseVersion: string;
  databaseTime: string;
}

/** Activities the system check calls; implemented in activities/, typed here so the workflow imports no I/O. */
export interface SystemCheckActivities {
  describeWorker(): Promise<string>;
  probeDatabase(): Promise<{ version: string; now: string }>;
}

export function systemCheckWorkflowId(requestId: string): string {
  return `system-check-${requestId}`;
}
