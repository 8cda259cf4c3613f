import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { type ActRequest, type CaseStart, actUpdate, caseStateQuery } from '@congdoan/contracts';
import { type Action, OFFICIAL_YEAR_CALENDARS, WorkingCalendar, vietnamDate } from '@congdoan/domain';
import { createTestWorker, createTimeSkippingEnv } from '../support/time-skipping';
import { CaseRecorder } from './case-recorder';

export const calendar = new WorkingCalendar(OFFICIAL_YEAR_CALENDARS);
export const canbo = { userId: 'u-canbo', fullName: 'Lê Minh Tuấn' };
export const chutich = { userId: 'u-chutich', fullName: 'Nguyễn Văn Hùng' };
export const vanthu = { userId: 'u-vanthu', fullName: 'Võ Thị Hoa' };

/**
 * A time-skipping test server for one spec file, a fresh worker and recorder for each test, and the moves a test
 * makes: start a founding case, wait for a step to open, act on it, let days pass.
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

  function caseStart(receivedAt: string): CaseStart {
    return {
      caseId: randomUUID(),
      caseCode: 'TL-2026-0001',
      procedureCode: 'thanh-lap-cdcs',
      title: 'Thành lập CĐCS Công ty May Gia Lai',
      orgUnitId: 'unit-cdvc',
      parentOrgUnitId: 'unit-ldld',
      receivedAt,
      createdBy: canbo,
      data: { unitName: 'Công ty May Gia Lai', memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị A' }] },
    };
  }

  async function start(receivedAt?: string) {
    const input = caseStart(receivedAt ?? vietnamDate(new Date(await env.currentTimeMs())));
    const handle = await env.client.workflow.start(options.workflowType ?? 'thanhLapCdcs', { taskQueue, workflowId: `case-${input.caseId}`, args: [input] });
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

  /** Moves the server's clock to `target` a day at a time, letting the worker run what came due in between. */
  async function advanceTo(target: number) {
    for (let now = await env.currentTimeMs(); now < target; now = await env.currentTimeMs()) {
      await env.sleep(Math.min(86_400_000, target - now));
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const nowMs = () => env.currentTimeMs();
  const sleep = (duration: Parameters<TestWorkflowEnvironment['sleep']>[0]) => env.sleep(duration);

  return Object.assign(h, { start, openStep, act, advanceTo, nowMs, sleep, env: () => env });
}

export async function waitUntil(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
