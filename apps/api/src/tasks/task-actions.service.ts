import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { type ActRequest, type ActResult, actUpdate, caseWorkflowId } from '@congdoan/contracts';
import { Conflict, DomainError, Forbidden, NotFound, ROLE_LABELS, type Role, ValidationFailed, vietnamDate } from '@congdoan/domain';
import { type TaskForAction, TasksRepository, UsersRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseQueriesService } from '../cases/case-queries.service';
import type { CaseView } from '../cases/case-view';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { actingAs, actionProblems, whoseStep } from './act-rules';
import type { ActDto } from './tasks.dto';
import { actionFailure } from './update-failures';

/** Long enough for an action that numbers a document; a stuck worker becomes a 503, not a hung request. */
const UPDATE_DEADLINE_MS = 30_000;

export interface ActResponse {
  case: CaseView;
  result: ActResult;
}

/**
 * A human action on a step: the API checks who may act (roles in units, stand-ins, from PostgreSQL), then the
 * workflow decides whether the step allows it (its Update validator) and records it.
 */
@Injectable()
export class TaskActionsService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly users: UsersRepository,
    private readonly cases: CaseQueriesService,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async act(taskId: string, dto: ActDto, user: AuthenticatedUser, idempotencyKey: string | undefined): Promise<ActResponse> {
    const problems = actionProblems(dto);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const today = vietnamDate(new Date());
    const task = await this.tasks.findForAction(taskId, user.id, today);
    const acting = task && actingAs(task, user.id);
    if (!task || (!acting && !task.caseVisible)) throw new NotFound('công việc', 'Task', taskId);
    if (task.kind === 'escalation') {
      throw new DomainError(
        'rule',
        'ESCALATION_NOT_ACTIONABLE',
        'Đây là thông báo quá hạn gửi lãnh đạo, không phải một bước xử lý; hãy thao tác trên bước của hồ sơ',
        'This is an overdue notice for a leader, not a step; act on the case’s step itself',
      );
    }
    if (!acting) throw new Forbidden(...whoseStep(task));
    // A retry with its key still goes to the workflow, which answers a repeated update id with its first result.
    if (task.status !== 'open' && !idempotencyKey) {
      throw new Conflict('Bước xử lý này đã kết thúc', 'This step is no longer open', 'STEP_CLOSED');
    }

    const request: ActRequest = {
      taskId,
      action: dto.action,
      ...(dto.comment ? { comment: dto.comment } : {}),
      actor: { userId: user.id, fullName: user.fullName },
    };
    if (dto.action === 'return') request.data = { missing: dto.data?.missing };
    if (dto.action === 'delegate') request.data = { toUser: await this.delegateTarget(task, dto.data?.toUserId as string, today) };
    if (dto.action === 'extend') request.data = { amount: dto.data?.amount, ...(dto.data?.decisionRef ? { decisionRef: dto.data.decisionRef } : {}) };

    // Scoped to the user: two users who happen to pick the same key never share an update.
    const updateId = idempotencyKey ? `${user.id}:${idempotencyKey}` : randomUUID();
    let result: ActResult;
    try {
      const handle = this.temporal.workflow.getHandle(caseWorkflowId(task.caseId));
      result = await this.temporal.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () => handle.executeUpdate(actUpdate, { args: [request], updateId }));
    } catch (error) {
      throw actionFailure(error) ?? error;
    }
    return { case: await this.cases.viewAfterWrite(task.caseId), result };
  }

  /** The person a step is delegated to: active, and holding the step's role in the step's unit today. */
  private async delegateTarget(task: TaskForAction, toUserId: string, today: string): Promise<{ userId: string; fullName: string }> {
    const [target, roles] = await Promise.all([this.users.findActiveById(toUserId), this.users.rolesOn(toUserId, today)]);
    const label = ROLE_LABELS[task.role as Role] ?? task.role;
    if (!target || !roles.some((r) => r.orgUnitId === task.orgUnitId && r.role === task.role)) {
      throw new DomainError(
        'rule',
        'DELEGATE_TARGET_INVALID',
        `Chỉ giao được cho người đang là ${label} của ${task.orgUnitName}`,
        `A step can only be delegated to an active user holding the '${task.role}' role in ${task.orgUnitName}`,
      );
    }
    return { userId: target.id, fullName: target.fullName };
  }
}
