import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { SYSTEM_CHECK_WORKFLOW, type SystemCheckActivities, type SystemCheckResult } from '@congdoan/contracts';
import { createTestWorker, createTimeSkippingEnv } from '../support/time-skipping';

describe('systemCheck workflow (time-skipping test server)', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(() => env?.teardown());

  async function run(activities: SystemCheckActivities): Promise<SystemCheckResult> {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await createTestWorker(env, taskQueue, activities);
    return worker.runUntil(
      env.client.workflow.execute(SYSTEM_CHECK_WORKFLOW, { taskQueue, workflowId: randomUUID(), args: [{ requestedBy: 'tester' }] }),
    );
  }

  it('reports what the worker and the database answered', async () => {
    const result = await run({
      describeWorker: async () => 'queue@42',
      probeDatabase: async () => ({ version: '17.10', now: '2026-11-22T05:00:00.000Z' }),
    });
    expect(result).toEqual({ requestedBy: 'tester', workerIdentity: 'queue@42', databaseVersion: '17.10', databaseTime: '2026-11-22T05:00:00.000Z' });
  });

  it('retries a database probe that fails once, and still completes', async () => {
    let attempts = 0;
    const result = await run({
      describeWorker: async () => 'queue@42',
      probeDatabase: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('connection reset');
        return { version: '17.10', now: '2026-11-22T05:00:00.000Z' };
      },
    });
    expect(attempts).toBe(2);
    expect(result.databaseVersion).toBe('17.10');
  });

  it('fails after three failed probes instead of hanging', async () => {
    let attempts = 0;
    const outcome = run({
      describeWorker: async () => 'queue@42',
      probeDatabase: async () => {
        attempts += 1;
        throw new Error('database is down');
      },
    });
    await expect(outcome).rejects.toThrow(/Workflow execution failed/);
    expect(attempts).toBe(3);
  });
});
