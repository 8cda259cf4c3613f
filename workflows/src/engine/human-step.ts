import { condition, patched, uuid4 } from '@temporalio/workflow';
import type { NotificationRecord, Person, TaskRecord } from '@congdoan/contracts';
import { type LegalClock, type Period, type Role, type StepDefinition, clockDueDate, morningInstant, newClock, overdueInstant, shiftWorkingDays } from '@congdoan/domain';
import type { CaseRuntime } from './case-runtime';
import type { OpenStep, StepDecision } from './open-step';

export interface StepOptions {
  /** the day the step's legal period runs from (receipt, a complete dossier, the previous decision…) */
  from: string;
  /** the case's own period where the law sets it per case (a complex complaint: 45 days), instead of the step's */
  period?: Period;
  /**
   * A legal clock several steps share (a denunciation's 30 days run through verification and conclusion): the step
   * counts on it, and its extensions and suspensions stay in it for the next step. `from`/`period` are then ignored.
   */
  clock?: LegalClock;
  /** the unit whose role holders act (default: the case's deciding unit) */
  orgUnitId?: string;
  /** one person of that role holds the step from the start (the UBKT member who received a denunciation) */
  assignee?: Person;
  beforeClose?: OpenStep['beforeClose'];
  onClockChange?: OpenStep['onClockChange'];
  refusal?: OpenStep['refusal'];
}

/**
 * A human step: opens a task for a role in a unit, then waits for an action (an Update) raced against its legal
 * clock: a reminder some working days before the due date, an escalation to the unit's leader when it becomes
 * overdue (00:00 Vietnam time after the due date), a second one to the parent unit's leader later. It keeps waiting
 * after escalating: only a human closes a step.
 */
export async function humanStep(c: CaseRuntime, def: StepDefinition, options: StepOptions): Promise<StepDecision> {
  const step: OpenStep = {
    taskId: uuid4(),
    def,
    orgUnitId: options.orgUnitId ?? c.start.orgUnitId,
    clock: options.clock ?? newClock(options.from, (options.period ?? def.deadline).amount, (options.period ?? def.deadline).unit),
    assigneeUserId: options.assignee?.userId ?? null,
    reminded: def.remindBefore <= 0,
    escalationLevel: 0,
    escalationTaskIds: [],
    busy: false,
    beforeClose: options.beforeClose,
    onClockChange: options.onClockChange,
    refusal: options.refusal,
  };
  c.open = step;
  const due = clockDueDate(c.calendar, step.clock) ?? null;
  await c.apply({
    openTasks: [task(step, 'action', step.taskId, def.role, step.orgUnitId, due)],
    events: [{ eventKey: `${step.taskId}:opened`, kind: 'step_opened', stepKey: def.key, data: { dueDate: due, from: options.from } }],
    notifications: [notice(step, 'task', `${step.taskId}:task`, `Việc mới: ${def.name}`, `Hồ sơ ${c.start.caseCode} chờ bạn xử lý, hạn ${due}.`)],
    caseUpdate: { legalDueDate: due },
  });
  c.projected++;

  while (!step.decision) {
    const alarm = nextAlarm(c, step);
    const revision = c.revision;
    const woken = () => step.decision !== undefined || c.revision !== revision;
    if (!alarm) await condition(woken);
    else if (alarm.at > Date.now() && (await condition(woken, alarm.at - Date.now()))) continue;
    else if (!step.decision) await alarm.fire();
  }
  c.open = null;
  return step.decision;
}

interface Alarm {
  at: number;
  fire: () => Promise<void>;
}

/** The next thing the clock will do for this step, recomputed each time (pauses, extensions, a new calendar). */
function nextAlarm(c: CaseRuntime, step: OpenStep): Alarm | undefined {
  const due = clockDueDate(c.calendar, step.clock);
  if (due === undefined) return undefined; // paused: no clock runs
  const overdueAt = overdueInstant(due);
  if (!step.reminded) {
    const at = morningInstant(shiftWorkingDays(c.calendar, due, -step.def.remindBefore));
    if (at < overdueAt && Date.now() < overdueAt) return { at, fire: () => remind(c, step, due) };
    step.reminded = true; // already overdue (a case entered late): no reminder, straight to escalation
  }
  // A step the unit's leaders hold themselves: telling them it is late adds nothing, so it goes to the parent unit
  // only. Cases recorded before this also told the unit's leaders.
  const ownLeadersLate = step.def.role === 'leader' && patched('leader-steps-skip-own-rung');
  if (step.escalationLevel === 0 && !ownLeadersLate) return { at: overdueAt, fire: () => escalate(c, step, 1, step.orgUnitId, due) };
  if (step.escalationLevel <= 1 && c.start.parentOrgUnitId) {
    const at = overdueInstant(shiftWorkingDays(c.calendar, due, step.def.escalateToParentAfter));
    return { at, fire: () => escalate(c, step, 2, c.start.parentOrgUnitId as string, due, step.def.escalateToParentRole) };
  }
  return undefined;
}

async function remind(c: CaseRuntime, step: OpenStep, due: string): Promise<void> {
  await c.apply({
    events: [{ eventKey: `${step.taskId}:reminder`, kind: 'reminder', stepKey: step.def.key, data: { dueDate: due } }],
    notifications: [notice(step, 'reminder', `${step.taskId}:reminder`, `Sắp đến hạn: ${step.def.name}`, `Hồ sơ ${c.start.caseCode} đến hạn ngày ${due}.`)],
  });
  step.reminded = true;
}

/**
 * Puts an entry in the inbox of `role` in `unitId` (the step's unit's leaders, then the parent unit's leaders or, for
 * a complaint, its UBKT) and notifies them.
 */
async function escalate(c: CaseRuntime, step: OpenStep, level: 1 | 2, unitId: string, due: string, role: Role = 'leader'): Promise<void> {
  const entryId = uuid4();
  const title = `Quá hạn: ${step.def.name} — hồ sơ ${c.start.caseCode}`;
  await c.apply({
    openTasks: [{ ...task(step, 'escalation', entryId, role, unitId, due), escalationLevel: level, aboutTaskId: step.taskId }],
    events: [{ eventKey: `${step.taskId}:escalated:${level}`, kind: 'escalated', stepKey: step.def.key, data: { level, toUnitId: unitId, toRole: role, dueDate: due } }],
    notifications: [
      { dedupeKey: `${step.taskId}:escalated:${level}`, kind: 'escalation', role, orgUnitId: unitId, taskId: step.taskId, title, body: `Bước "${step.def.name}" đã quá hạn ${due}.` },
      notice(step, 'overdue', `${step.taskId}:overdue:${level}`, `Đã quá hạn: ${step.def.name}`, `Hồ sơ ${c.start.caseCode} đã quá hạn ngày ${due}.`),
    ],
  });
  step.escalationLevel = level;
  step.escalationTaskIds.push(entryId);
}

function task(step: OpenStep, kind: TaskRecord['kind'], taskId: string, role: TaskRecord['role'], orgUnitId: string, due: string | null): TaskRecord {
  const actions = kind === 'action' ? [...step.def.actions] : [];
  const assigneeUserId = kind === 'action' ? step.assigneeUserId : null;
  return { taskId, stepKey: step.def.key, kind, name: step.def.name, role, orgUnitId, assigneeUserId, allowedActions: actions, dueDate: due, escalationLevel: 0 };
}

/** A notice to whoever holds the step: the named user once delegated, else every holder of the role in the unit. */
function notice(step: OpenStep, kind: NotificationRecord['kind'], dedupeKey: string, title: string, body: string): NotificationRecord {
  const to = step.assigneeUserId ? { userId: step.assigneeUserId } : { role: step.def.role, orgUnitId: step.orgUnitId };
  return { dedupeKey, kind, taskId: step.taskId, title, body, ...to };
}
