import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { type ActRequest, type CaseStart, WORKFLOW_TYPES, actUpdate, caseStateQuery } from '@congdoan/contracts';
import { type Action, OFFICIAL_YEAR_CALENDARS, WorkingCalendar, addDays, findProcedure, shiftWorkingDays, vietnamDate } from '@congdoan/domain';
import { createTestWorker, createTimeSkippingEnv } from '../support/time-skipping';
import { CaseRecorder } from './case-recorder';

export const calendar = new WorkingCalendar(OFFICIAL_YEAR_CALENDARS);
export const canbo = { userId: 'u-canbo', fullName: 'Lê Minh Tuấn' };
export const chutich = { userId: 'u-chutich', fullName: 'Nguyễn Văn Hùng' };
export const vanthu = { userId: 'u-vanthu', fullName: 'Võ Thị Hoa' };
/** UBKT members of the resolving union: the one who receives the letter, and a verification team (head first) */
export const ubkt = { userId: 'u-ubkt', fullName: 'Phạm Thị Lan' };
export const toTruong = { userId: 'u-totruong', fullName: 'Đặng Quốc Bảo' };
export const toVien = { userId: 'u-tovien', fullName: 'Huỳnh Thị Thu' };
/** the chair of the lower union that submits its committee dossier, and the deputy who signs "KT." */
export const cdcsChair = { userId: 'u-cdcs', fullName: 'Trần Văn Bình' };
export const phochutich = { userId: 'u-phochutich', fullName: 'Trần Thị Mai' };

const caseCodePrefix = (procedureCode: string) => findProcedure(procedureCode)?.casePrefix ?? 'HS';

/** What a test says about the case it starts; everything left out gets a founding case's default. */
export interface CaseOptions {
  procedureCode?: string;
  /** default: the procedure's workflow, else the harness's `workflowType` */
  workflowType?: string;
  data?: Record<string, unknown>;
  /** default: the server's today (Vietnam date) */
  receivedAt?: string;
  settings?: CaseStart['settings'];
  title?: string;
  orgUnitId?: string;
  parentOrgUnitId?: string | null;
}

/** The last day of `days` calendar days counted from the day after `from`, moved to the next working day when it is a day off (BLDS 2015 Art. 147–148). */
export function calendarDaysFrom(from: string, days: number): string {
  let day = addDays(from, days);
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The `n`-th working day after `from`. */
export function workingDaysFrom(from: string, n: number): string {
  return shiftWorkingDays(calendar, from, n);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * `it` while the test server (which starts at the real time) can still be moved to `date`, else `it.skip`: a test that
 * acts on a fixed day (a worked example of the domain reference) cannot run once that day is past.
 */
export function itUntil(date: string): jest.It {
  return Date.now() < Date.parse(`${date}T00:00:00+07:00`) - 3_600_000 ? it : it.skip;
}

/**
 * A time-skipping test server for one spec file, a fresh worker and recorder for each test, and the moves a test
 * makes: start a case of any procedure, wait for a step to open, act on it, let days pass.
 * Awaiting `handle.result()` lets the server skip time freely: only await it once every case of the test has ended,
 * or another case's clock runs on to its last timer (years on).
 */
export function useCaseHarness(options: { workflowsPath?: string; workflowType?: string } = {}) {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  let taskQueue: string;
  const h = { recorder: new CaseRecorder() };

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(() => env?.teardown());
  beforeEach(async () => {
    h.recorder = new CaseRecorder();
    taskQueue = `test-${randomUUID()}`;
    worker = await createTestWorker(env, taskQueue, h.recorder.activities(), options.workflowsPath);
    running = worker.run();
  });
  afterEach(async () => {
    worker.shutdown();
    await running;
  });

  let cases = 0;
  function caseStart(o: CaseOptions, receivedAt: string): CaseStart {
    const procedureCode = o.procedureCode ?? 'thanh-lap-cdcs';
    const founding = procedureCode === 'thanh-lap-cdcs';
    return {
      caseId: randomUUID(),
      caseCode: `${caseCodePrefix(procedureCode)}-${receivedAt.slice(0, 4)}-${String(++cases).padStart(4, '0')}`,
      procedureCode,
      title: o.title ?? (founding ? 'Thành lập CĐCS Công ty May Gia Lai' : `Hồ sơ ${procedureCode}`),
      orgUnitId: o.orgUnitId ?? 'unit-cdvc',
      parentOrgUnitId: o.parentOrgUnitId === undefined ? 'unit-ldld' : o.parentOrgUnitId,
      receivedAt,
      createdBy: canbo,
      data: o.data ?? (founding ? { unitName: 'Công ty May Gia Lai', memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị A' }] } : {}),
      ...(o.settings ? { settings: o.settings } : {}),
    };
  }

  /** Starts a case: `start()` / `start('2026-06-01')` a founding case (received on that day), `start({...})` any procedure. */
  async function start(optionsOrReceivedAt?: string | CaseOptions) {
    const o: CaseOptions = typeof optionsOrReceivedAt === 'string' ? { receivedAt: optionsOrReceivedAt } : (optionsOrReceivedAt ?? {});
    const input = caseStart(o, o.receivedAt ?? (await today()));
    const workflowType = o.workflowType ?? (o.procedureCode ? WORKFLOW_TYPES[o.procedureCode] : undefined) ?? options.workflowType ?? 'thanhLapCdcs';
    const handle = await env.client.workflow.start(workflowType, { taskQueue, workflowId: `case-${input.caseId}`, args: [input] });
    return { handle, input };
  }
  type Handle = Awaited<ReturnType<typeof start>>['handle'];

  /** The open step once the workflow has opened `stepKey` (the previous action's Update returns before that). */
  async function openStep(handle: Handle, stepKey: string) {
    for (let i = 0; i < 200; i++) {
      const state = await handle.query(caseStateQuery);
      if (state.openStep?.stepKey === stepKey) return state.openStep;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`step ${stepKey} never opened`);
  }

  async function act(handle: Handle, stepKey: string, action: Action, extra: Partial<ActRequest> = {}, updateId?: string) {
    const step = await openStep(handle, stepKey);
    return handle.executeUpdate(actUpdate, { args: [{ taskId: step.taskId, action, actor: canbo, ...extra }], updateId });
  }

  /**
   * Terminates a case that is still open, once it is idle: every activity it scheduled (the emails run beside the case)
   * answered and its last workflow task completed. The time-skipping server holds time still while an activity or a
   * workflow task is out, and keeps holding it if the workflow ends first (temporalio/sdk-java#1138): every later sleep
   * of the file would then wait in real time.
   */
  async function terminate(handle: Handle) {
    for (let i = 0; ; i++) {
      const events = (await handle.fetchHistory()).events ?? [];
      const scheduled = events.filter((e) => e.activityTaskScheduledEventAttributes).length;
      const closed = events.filter(
        (e) => e.activityTaskCompletedEventAttributes || e.activityTaskFailedEventAttributes || e.activityTaskTimedOutEventAttributes || e.activityTaskCanceledEventAttributes,
      ).length;
      if (scheduled === closed && events.at(-1)?.workflowTaskCompletedEventAttributes) break;
      if (i === 400) throw new Error(`case ${handle.workflowId} still busy after 10 s (${scheduled - closed} activities out)`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await handle.terminate();
  }

  /** Moves the server's clock to `target` a day at a time, letting the worker run what came due in between. */
  async function advanceTo(target: number) {
    for (let now = await env.currentTimeMs(); now < target; now = await env.currentTimeMs()) {
      await env.sleep(Math.min(86_400_000, target - now));
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Moves the server's clock to 09:00 Vietnam time on `date` (a day not yet reached). */
  async function advanceToDate(date: string) {
    const target = Date.parse(`${date}T09:00:00+07:00`);
    const now = await env.currentTimeMs();
    if (now > target) throw new Error(`the test server is already past ${date} (${new Date(now).toISOString()})`);
    await advanceTo(target);
  }

  const nowMs = () => env.currentTimeMs();
  /** The server's date in Vietnam: what a workflow acting now records as the decision's date. */
  async function today() {
    return vietnamDate(new Date(await env.currentTimeMs()));
  }
  const sleep = (duration: Parameters<TestWorkflowEnvironment['sleep']>[0]) => env.sleep(duration);

  return Object.assign(h, { start, openStep, act, terminate, advanceTo, advanceToDate, nowMs, today, sleep, env: () => env });
}

export async function waitUntil(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
