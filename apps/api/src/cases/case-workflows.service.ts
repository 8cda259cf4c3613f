import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { type CaseStart, type CaseStateView, PROCEDURES_TASK_QUEUE, WORKFLOW_TYPES, calendarChangedSignal, caseStateQuery, caseWorkflowId } from '@congdoan/contracts';
import type { YearCalendar } from '@congdoan/domain';
import { DomainError } from '@congdoan/domain';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';

/** Bounds on calls to Temporal: without a deadline the client retries an unreachable server for a long time. */
const START_DEADLINE_MS = 5_000;
const QUERY_DEADLINE_MS = 2_000;

export function temporalUnavailable(what: string, whatEn: string, reason: string): DomainError {
  return new DomainError(
    'unavailable',
    'TEMPORAL_UNAVAILABLE',
    `${what}: máy chủ quy trình (Temporal) không phản hồi; vui lòng thử lại sau, dùng lại cùng Idempotency-Key`,
    `${whatEn}: the workflow server (Temporal) did not answer (${reason}); retry later with the same Idempotency-Key`,
  );
}

@Injectable()
export class CaseWorkflows {
  private readonly logger = new Logger(CaseWorkflows.name);

  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: Client) {}

  /** Starts the case's workflow; one already running under the case's id counts as started (a retried intake). */
  async start(start: CaseStart): Promise<void> {
    // The API starts workflows by their type's name; it never imports workflow code.
    const workflowType = WORKFLOW_TYPES[start.procedureCode];
    if (!workflowType) throw new Error(`no workflow type for procedure ${start.procedureCode}`);
    try {
      await this.temporal.connection.withDeadline(Date.now() + START_DEADLINE_MS, () =>
        this.temporal.workflow.start(workflowType, { taskQueue: PROCEDURES_TASK_QUEUE, workflowId: caseWorkflowId(start.caseId), args: [start] }),
      );
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      this.logger.warn({ err: error, caseId: start.caseId }, 'workflow start failed');
      throw temporalUnavailable('Đã lưu hồ sơ nhưng chưa khởi động được quy trình', 'The case was saved but its workflow could not be started', (error as Error).message);
    }
  }

  /** The workflow's own view of the open step and its legal clock; undefined when it cannot answer quickly. */
  async state(caseId: string): Promise<CaseStateView | undefined> {
    const handle = this.temporal.workflow.getHandle(caseWorkflowId(caseId));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, QUERY_DEADLINE_MS, undefined);
    });
    const query = this.temporal.connection
      .withDeadline(Date.now() + QUERY_DEADLINE_MS, () => handle.query(caseStateQuery))
      .catch((error: unknown) => {
        this.logger.debug({ err: error, caseId }, 'case state query failed; the clock is left out');
        return undefined;
      });
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Hands running cases a new calendar (an admin entered a year's official notice): their clocks recompute due dates
   * and timers. A case that cannot be reached is logged and keeps the calendar it had until the next notice is sent.
   */
  async announceCalendar(caseIds: readonly string[], years: YearCalendar[]): Promise<{ signalled: number; failed: number }> {
    let failed = 0;
    for (let i = 0; i < caseIds.length; i += 20) {
      const batch = caseIds.slice(i, i + 20).map((id) => this.temporal.workflow.getHandle(caseWorkflowId(id)).signal(calendarChangedSignal, years));
      for (const result of await Promise.allSettled(batch)) {
        if (result.status === 'rejected') {
          failed++;
          this.logger.warn({ err: result.reason }, 'calendar change not delivered to a case');
        }
      }
    }
    return { signalled: caseIds.length - failed, failed };
  }
}
