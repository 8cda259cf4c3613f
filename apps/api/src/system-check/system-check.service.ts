import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { PROCEDURES_TASK_QUEUE, SYSTEM_CHECK_WORKFLOW, type SystemCheckResult, systemCheckWorkflowId } from '@congdoan/contracts';
import { DomainError } from '@congdoan/domain';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';

const TIMEOUT_MS = 15_000;

@Injectable()
export class SystemCheckService {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: Client) {}

  /** Runs the system-check workflow and waits for it: proves a worker is polling and reaches PostgreSQL. */
  async run(requestedBy: string): Promise<SystemCheckResult> {
    try {
      return await this.temporal.workflow.execute(SYSTEM_CHECK_WORKFLOW, {
        taskQueue: PROCEDURES_TASK_QUEUE,
        workflowId: systemCheckWorkflowId(randomUUID()),
        args: [{ requestedBy }],
        workflowExecutionTimeout: TIMEOUT_MS,
      });
    } catch (err) {
      throw new DomainError(
        'unavailable',
        'SYSTEM_CHECK_FAILED',
        'Kiểm tra hệ thống không thành công: Temporal hoặc worker không phản hồi',
        `System check failed: Temporal or the worker did not answer (${(err as Error).message})`,
      );
    }
  }
}
