import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { type ActRequest, type ActResult, actUpdate, caseWorkflowId } from '@congdoan/contracts';
import { Conflict, DomainError, Forbidden, NotFound, ROLE_LABELS, type Role, type StepDefinition, ValidationFailed, actionLabel, findProcedure, redactIdentity, vietnamDate } from '@congdoan/domain';
import { CasesRepository, type TaskForAction, TasksRepository, UsersRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseQueriesService } from '../cases/case-queries.service';
import type { CaseView } from '../cases/case-view';
import { ConflictsOfInterest } from '../complaints/conflicts-of-interest';
import { IdentityShield } from '../complaints/identity-shield.service';
import { SigningAuthority } from '../issuance/signing-authority';
import type { Signing } from '../issuance/signing-rules';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { type Acting, actingAs, actionProblems, meetingRuleError, whoseStep } from './act-rules';
import { toMeetingRecord } from '../committees/meeting-record';
import type { ActDto } from './tasks.dto';
import { actionFailure } from './update-failures';
import { missingFilesError, requiredFiles } from './required-files';

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
    private readonly caseRows: CasesRepository,
    private readonly conflicts: ConflictsOfInterest,
    private readonly shield: IdentityShield,
    private readonly signing: SigningAuthority,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async act(taskId: string, dto: ActDto, user: AuthenticatedUser, idempotencyKey: string | undefined): Promise<ActResponse> {
    const today = vietnamDate(new Date());
    const task = await this.tasks.findForAction(taskId, user.id, today);
    const problems = actionProblems(dto, task ? stepDefinition(task) : undefined);
    if (problems.length > 0) throw new ValidationFailed(problems);
    // A case about the user (conflict of interest) is unknown to them, whatever role they hold.
    if (task?.isParty) throw new NotFound('công việc', 'Task', taskId);
    // A signature: the assigned signer in person (TM./KT.) or by written delegation checked today (TUQ.), no one else.
    const signing = task && this.signs(task, dto) ? await this.signing.authorise(task, user, dto.data?.delegationRef, today) : undefined;
    const acting = task && (signing === undefined ? this.acting(task, dto, user.id) : signing && signingAs(task, signing));
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

    const meetingInvalid = meetingRuleError(task.procedureCode, task.stepKey, dto);
    if (meetingInvalid) throw meetingInvalid;
    await this.refuseMissingFiles(task, dto);
    const request = await this.request(task, dto, user, today, signing ?? undefined);

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

  /**
   * How the user may act: as the step's holder (acting-as rules), or, for a decision of the resolving leader that a
   * step allows while someone else holds it (a QĐ gia hạn during verification), as a leader of the step's unit.
   */
  private acting(task: TaskForAction, dto: ActDto, userId: string): ReturnType<typeof actingAs> {
    const def = stepDefinition(task);
    const leaderDecision = def?.leaderActions?.includes(dto.action) && !def.actions.includes(dto.action);
    if (!leaderDecision) return actingAs(task, userId);
    if (task.leadsUnit) return { as: 'role-holder' };
    if (task.caseVisible) {
      throw new Forbidden(
        `"${actionLabel(def, dto.action)}" là quyết định của lãnh đạo ${task.orgUnitName} (người giải quyết)`,
        `'${dto.action}' is a decision of the leaders of ${task.orgUnitName}`,
      );
    }
    return null;
  }

  /** A `sign` on a step that takes signatures, by someone who may see the case: the signing rules decide who and how. */
  private signs(task: TaskForAction, dto: ActDto): boolean {
    return dto.action === 'sign' && task.kind === 'action' && task.caseVisible && !!stepDefinition(task)?.actions.includes('sign');
  }

  /** What the workflow is told: the action's own data only, and for a denunciation, typed text cleared of the denouncer. */
  private async request(task: TaskForAction, dto: ActDto, user: AuthenticatedUser, today: string, signing?: Signing): Promise<ActRequest> {
    const identity = await this.shield.identityOf(task.caseId, task.procedureCode);
    const clear = (text: string | undefined) => (text && identity ? redactIdentity(text, identity) : text);
    const d = dto.data ?? {};
    const request: ActRequest = {
      taskId: task.id,
      action: dto.action,
      ...(dto.comment ? { comment: clear(dto.comment) } : {}),
      actor: { userId: user.id, fullName: user.fullName },
    };
    const data: NonNullable<ActRequest['data']> = {};
    if (dto.action === 'return') data.missing = d.missing?.map((m) => clear(m) as string);
    if (dto.action === 'delegate') data.toUser = await this.delegateTarget(task, d.toUserId as string, today);
    if (dto.action === 'assign') data.team = await this.conflicts.verificationTeam(task, d.memberIds ?? [], today);
    if (dto.action === 'extend') Object.assign(data, { amount: d.amount, decisionRef: d.decisionRef, criteria: d.criteria });
    if (['reject', 'suspend', 'terminate'].includes(dto.action)) data.ground = d.ground;
    if (dto.action === 'approve') Object.assign(data, { finding: d.finding, complex: d.complex, obstacleDays: d.obstacleDays, findingsDiffer: d.findingsDiffer, measures: clear(d.measures), method: clear(d.method) });
    if (dto.action === 'withdraw') data.coercionSuspected = d.coercionSuspected;
    if (dto.action === 'forward') data.forwardTo = clear(d.forwardTo);
    if (dto.action === 'vote' && d.meeting) data.meeting = toMeetingRecord(d.meeting);
    if (dto.action === 'approve' && d.form) data.form = d.form;
    if (dto.action === 'sign' && signing) Object.assign(data, signing);
    const kept = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
    if (Object.keys(kept).length > 0) request.data = kept;
    return request;
  }

  private async refuseMissingFiles(task: TaskForAction, dto: ActDto): Promise<void> {
    const needed = requiredFiles(task.procedureCode, task.stepKey, dto);
    if (needed.length === 0) return;
    const onFile = new Set(await this.caseRows.dossierItemsOnFile(task.caseId));
    const missing = needed.filter((item) => !onFile.has(item));
    const procedure = findProcedure(task.procedureCode);
    if (missing.length > 0 && procedure) throw missingFilesError(procedure, missing);
  }

  /** The person a step is delegated to: active, holding the step's role in the step's unit today, and not a party. */
  private async delegateTarget(task: TaskForAction, toUserId: string, today: string): Promise<{ userId: string; fullName: string }> {
    await this.conflicts.refuseConflicted(task.caseId, [toUserId]);
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

/** A signer in person acts as the step's assignee; a TUQ. signer stands in for them. */
function signingAs(task: TaskForAction, signing: Signing): Acting {
  return signing.signingMode === 'TUQ' && task.assigneeUserId ? { as: 'stand-in', principalUserId: task.assigneeUserId } : { as: 'assignee' };
}

function stepDefinition(task: TaskForAction): StepDefinition | undefined {
  return findProcedure(task.procedureCode)?.steps.find((s) => s.key === task.stepKey);
}
