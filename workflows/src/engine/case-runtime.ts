import { condition, log, patched, setHandler } from '@temporalio/workflow';
import {
  type ActRequest,
  type ActResult,
  type CaseStart,
  type CaseStateView,
  type NotificationRecord,
  REFUSALS,
  type Transition,
  actUpdate,
  calendarChangedSignal,
  caseStateQuery,
  holdMayBeOverSignal,
} from '@congdoan/contracts';
import { WorkingCalendar, type YearCalendar, actionLabel, clockDueDate, deadlineState, stepAllows, vietnamDate } from '@congdoan/domain';
import { applyTransition, caseActivities, emailActivities } from './activities';
import type { OpenStep, StepDecision } from './open-step';
import { CLOCK_ACTIONS, changeClock, clockRefusal } from './clock-actions';
import { refuse } from './refusal';

/**
 * One case's workflow state and its handlers: the calendar it counts with, the step open for a human, and the one
 * Update through which every human action arrives. Procedure files never touch Temporal APIs directly.
 */
export class CaseRuntime {
  status = 'open';
  open: OpenStep | null = null;
  calendar: WorkingCalendar;
  /** bumped when something outside the step changes its timing (a new calendar): the waiting step re-arms */
  revision = 0;
  /** bumped each time the read model shows a new state (a step opened, the case closed) */
  projected = 0;
  /** bumped when a case this one is held by may have closed (see holds.ts) */
  holdSignals = 0;

  constructor(
    readonly start: CaseStart,
    years: YearCalendar[],
  ) {
    this.calendar = new WorkingCalendar(years);
  }

  /** Workflow time (deterministic on replay) as an ISO instant, and as the Vietnam calendar day. */
  now(): string {
    return new Date(Date.now()).toISOString();
  }
  today(): string {
    return vietnamDate(new Date(Date.now()));
  }

  /** emails still being sent: the case goes on meanwhile, and waits for them only before it ends */
  private readonly mailing: Promise<void>[] = [];

  /** One read-model transaction (one activity call) for everything a step change writes; its notices go out by email. */
  async apply(change: Omit<Transition, 'caseId' | 'at'>): Promise<void> {
    await applyTransition({ caseId: this.start.caseId, at: this.now(), ...change });
    // Cases recorded before email existed replay without it.
    if (change.notifications?.length && patched('email-notifications')) this.email(change.notifications.map((n) => n.dedupeKey));
  }

  private email(dedupeKeys: string[]): void {
    const sending = emailActivities.emailNotifications({ dedupeKeys }).then(
      () => undefined,
      (error: unknown) => log.warn('email notifications given up', { dedupeKeys, error: String(error) }),
    );
    this.mailing.push(sending);
  }

  /** A workflow that returns cancels its activities still running: the last emails are waited for first. */
  async emailsSettled(): Promise<void> {
    await Promise.all(this.mailing);
  }

  install(): void {
    setHandler(actUpdate, (request) => this.act(request), { validator: (request) => this.validate(request) });
    setHandler(calendarChangedSignal, (years) => {
      this.calendar = new WorkingCalendar(years);
      this.revision++;
    });
    setHandler(caseStateQuery, () => this.view());
    setHandler(holdMayBeOverSignal, () => {
      this.holdSignals++;
    });
  }

  /** Refuses, before anything is recorded, an action the open step does not allow. Must not change state. */
  private validate(request: ActRequest): void {
    const step = this.open;
    if (!step || step.taskId !== request.taskId || step.decision) {
      refuse(REFUSALS.STEP_CLOSED, 'Bước xử lý này đã kết thúc hoặc không còn chờ thao tác / this step is no longer open');
    }
    if (step.busy) refuse(REFUSALS.BUSY, 'Một thao tác khác trên bước này đang được ghi nhận; vui lòng thử lại / another action on this step is being recorded');
    if (!stepAllows(step.def, request.action)) {
      const actions = [...step.def.actions, ...(step.def.leaderActions ?? [])];
      refuse(
        REFUSALS.ACTION_NOT_ALLOWED,
        `Bước "${step.def.name}" không cho phép "${actionLabel(step.def, request.action)}"; được phép: ${actions.map((a) => actionLabel(step.def, a)).join(', ')} / ` +
          `step '${step.def.key}' does not allow '${request.action}'; allowed: ${actions.join(', ')}`,
      );
    }
    const clockProblem = clockRefusal(step, request);
    if (clockProblem) refuse(REFUSALS.CLOCK_RULE, clockProblem);
    if (request.action === 'reject' && !request.comment?.trim()) {
      refuse(REFUSALS.REASON_REQUIRED, 'Từ chối phải nêu rõ lý do (comment) / a rejection needs its reason');
    }
    if (request.action === 'return' && step.def.returnsForVerification && !request.comment?.trim()) {
      refuse(REFUSALS.REASON_REQUIRED, 'Yêu cầu xác minh thêm phải nêu nội dung cần xác minh (comment) / say what to verify further');
    }
    if (request.action === 'return' && !step.def.returnsForVerification && !request.data?.missing?.length) {
      refuse(REFUSALS.MISSING_ITEMS_REQUIRED, 'Trả lại hồ sơ phải liệt kê các thành phần còn thiếu (data.missing) / list the missing items');
    }
    if (request.action === 'delegate' && !request.data?.toUser) {
      refuse(REFUSALS.DELEGATE_TARGET_REQUIRED, 'Giao việc phải chọn người nhận (data.toUserId) / choose who takes the step');
    }
    if (request.action === 'assign' && !request.data?.team?.length) {
      refuse(REFUSALS.TEAM_REQUIRED, 'Phân công xác minh phải chọn ít nhất một ủy viên UBKT (data.memberIds) / choose the verification team');
    }
    if (request.action === 'vote' && !request.data?.meeting) {
      refuse(REFUSALS.MEETING_REQUIRED, 'Biểu quyết phải kèm kết quả cuộc họp: số thành viên, số có mặt, số phiếu (data.meeting) / a vote needs its meeting record');
    }
    const procedureRule = step.refusal?.(request);
    if (procedureRule) refuse(procedureRule.code, procedureRule.message);
  }

  /** Records the action in the read model, then hands the decision to the waiting step. */
  private async act(request: ActRequest): Promise<ActResult> {
    const step = this.open as OpenStep;
    step.busy = true;
    try {
      if (request.action === 'delegate') await this.delegate(step, request);
      else if (request.action === 'assign') await this.assign(step, request);
      else if (CLOCK_ACTIONS.includes(request.action)) await this.retime(step, request);
      else {
        const seen = this.projected;
        await this.decide(step, request);
        // Answer once the inbox shows what follows (the next step, or the closed case), so the caller's next read
        // is current. Cases recorded before this waited answered at once: they replay as they ran.
        if (patched('act-answers-after-next-step')) await condition(() => this.projected > seen);
      }
      return { taskId: step.taskId, stepKey: step.def.key, action: request.action, caseStatus: this.status };
    } finally {
      step.busy = false;
    }
  }

  private async delegate(step: OpenStep, request: ActRequest): Promise<void> {
    const toUser = request.data!.toUser!;
    await this.apply({
      reassignTask: { taskId: step.taskId, toUser, ownerUserId: request.actor.userId },
      events: [{ eventKey: `${step.taskId}:delegate:${toUser.userId}`, kind: 'delegated', stepKey: step.def.key, actor: request.actor, comment: request.comment, data: { toUser } }],
      notifications: [{ dedupeKey: `${step.taskId}:delegated:${toUser.userId}`, kind: 'task', userId: toUser.userId, taskId: step.taskId, title: `Được giao: ${step.def.name}`, body: `${request.actor.fullName} giao cho bạn bước "${step.def.name}" của hồ sơ ${this.start.caseCode}.` }],
    });
    step.assigneeUserId = toUser.userId;
    step.delegatedBy ??= request.actor.userId; // the first holder stays the owner through further delegations
  }

  /**
   * The verification team (tổ xác minh): recorded as assigned to the case (what they may see follows from it), and the
   * step goes to its head, who answers for it. The step stays open.
   */
  private async assign(step: OpenStep, request: ActRequest): Promise<void> {
    const team = request.data!.team!;
    const head = team[0];
    await this.apply({
      ...(head.userId !== step.assigneeUserId ? { reassignTask: { taskId: step.taskId, toUser: head, ownerUserId: request.actor.userId } } : {}),
      assignments: team.map((member, i) => ({ userId: member.userId, role: i === 0 ? ('verifier-head' as const) : ('verifier' as const) })),
      events: [{ eventKey: `${step.taskId}:assign:${team.map((m) => m.userId).join(',')}`, kind: 'team_assigned', stepKey: step.def.key, actor: request.actor, comment: request.comment, data: { team } }],
      notifications: team.map((member) => ({
        dedupeKey: `${step.taskId}:assigned:${member.userId}`,
        kind: 'task' as const,
        userId: member.userId,
        taskId: step.taskId,
        title: `Được phân công xác minh: hồ sơ ${this.start.caseCode}`,
        body: `${request.actor.fullName} phân công bạn vào tổ xác minh${member.userId === head.userId ? ' (tổ trưởng)' : ''}.`,
      })),
    });
    step.assigneeUserId = head.userId;
    step.delegatedBy ??= request.actor.userId;
  }

  /** An extension, a suspension or a resumption: the ledger changes, the due date follows, the timers re-arm. */
  private async retime(step: OpenStep, request: ActRequest): Promise<void> {
    const change: StepDecision = { action: request.action, comment: request.comment, data: request.data, by: request.actor, at: this.now(), date: this.today() };
    // The decision that changes the clock (QĐ gia hạn, tạm đình chỉ, tiếp tục) is numbered first, so the ledger cites
    // it; it states the new last day, so it is given the ledger as the change will leave it.
    const after = { ...step, clock: JSON.parse(JSON.stringify(step.clock)) as OpenStep['clock'] };
    changeClock(after, request, this.today());
    const decisionRef = await step.onClockChange?.(change, after.clock);
    const entry = changeClock(step, request, this.today(), decisionRef);
    const due = clockDueDate(this.calendar, step.clock) ?? null;
    this.revision++;
    await this.apply({
      ...deciderOf(step, request),
      retimeTasks: [{ taskId: step.taskId, dueDate: due }],
      events: [{ eventKey: `${step.taskId}:clock:${entry}`, kind: `clock_${request.action}`, stepKey: step.def.key, actor: request.actor, comment: request.comment, data: { ...request.data, ...(decisionRef ? { decisionRef } : {}), dueDate: due } }],
      caseUpdate: { legalDueDate: due },
    });
  }

  private async decide(step: OpenStep, request: ActRequest): Promise<void> {
    const decision: StepDecision = { action: request.action, comment: request.comment, data: request.data, by: request.actor, at: this.now(), date: this.today() };
    await step.beforeClose?.(decision);
    await this.apply({
      ...deciderOf(step, request),
      closeTasks: [
        { taskId: step.taskId, outcome: request.action, comment: request.comment, by: request.actor },
        ...step.escalationTaskIds.map((taskId) => ({ taskId, outcome: 'superseded' as const })),
      ],
      events: [{ eventKey: `${step.taskId}:${request.action}`, kind: 'action', stepKey: step.def.key, actor: request.actor, comment: request.comment, data: { action: request.action, ...request.data } }],
      notifications: step.delegatedBy ? [ownerNotice(step, step.delegatedBy, request, this.start.caseCode)] : [],
    });
    step.decision = decision;
  }

  view(): CaseStateView {
    const step = this.open;
    if (!step) return { status: this.status, openStep: null };
    const dueDate = clockDueDate(this.calendar, step.clock);
    return {
      status: this.status,
      openStep: {
        taskId: step.taskId,
        stepKey: step.def.key,
        role: step.def.role,
        orgUnitId: step.orgUnitId,
        assigneeUserId: step.assigneeUserId,
        clock: step.clock,
        dueDate,
        deadlineState: deadlineState(this.calendar, dueDate, this.today()),
        escalationLevel: step.escalationLevel,
      },
    };
  }
}

/** A leader's decision on a case makes them its decider (người giải quyết): assigned to it, like its verifiers. */
function deciderOf(step: OpenStep, request: ActRequest): Pick<Transition, 'assignments'> {
  const byLeader = step.def.role === 'leader' || (step.def.leaderActions ?? []).includes(request.action);
  return byLeader ? { assignments: [{ userId: request.actor.userId, role: 'decider' }] } : {};
}

/** Tells the owner of a delegated step what the delegate decided. */
function ownerNotice(step: OpenStep, ownerUserId: string, request: ActRequest, caseCode: string): NotificationRecord {
  return {
    dedupeKey: `${step.taskId}:owner-outcome`,
    kind: 'outcome',
    userId: ownerUserId,
    taskId: step.taskId,
    title: `${request.actor.fullName} đã xử lý: ${step.def.name}`,
    body: `Hồ sơ ${caseCode}: ${actionLabel(step.def, request.action)}${request.comment ? ` — ${request.comment}` : ''}.`,
  };
}

/** Opens a case: loads the calendar (once, as an activity result, so replays are deterministic) and records intake. */
export async function openCase(start: CaseStart): Promise<CaseRuntime> {
  // Handlers first, before anything is awaited, so an early query or action finds them (and is told no step is open).
  const runtime = new CaseRuntime(start, []);
  runtime.install();
  runtime.calendar = new WorkingCalendar(await caseActivities.loadCalendar());
  await runtime.apply({
    events: [{ eventKey: 'case:received', kind: 'case_received', actor: start.createdBy, data: { receivedAt: start.receivedAt, code: start.caseCode } }],
  });
  return runtime;
}
