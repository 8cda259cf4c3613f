import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { PROCEDURES_TASK_QUEUE, SYSTEM_CHECK_WORKFLOW, type SystemCheckResult, systemCheckWorkflowId } from '@congdoan/contracts';
import { DomainError } from '@congdoan/domain';
import { temporalIsServing } from '@congdoan/temporal';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';

const TIMEOUT_MS = 15_000;

@Injectable()
export class SystemCheckService {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: Client) {}

  /** Runs the system-check workflow and waits for it: proves a worker is polling and reaches PostgreSQL. */
  async run(requestedBy: string): Promise<SystemCheckResult> {
    // Fail fast: the client would otherwise retry the start until its own timeout.
    if (!(await temporalIsServing(this.temporal))) throw unavailable('Temporal is not reachable');
    try {
      return await this.temporal.workflow.execute(SYSTEM_CHECK_WORKFLOW, {
        taskQueue: PROCEDURES_TASK_QUEUE,
        workflowId: systemCheckWorkflowId(randomUUID()),
        args: [{ requestedBy }],
        workflowExecutionTimeout: TIMEOUT_MS,
      });
    } catch (err) {
      throw unavailable((err as Error).message);
    }
  }
}

function unavailable(reason: string): DomainError {
  return new DomainError(
    'unavailable',
    'SYSTEM_CHECK_FAILED',
    'Kiểm tra hệ thống không thành công: Temporal hoặc worker không phản hồi',
    `System check failed: Temporal or the worker did not answer (${reason})`,
  );
}
