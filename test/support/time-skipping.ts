import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { ensureTemporalTestServer } from '@congdoan/devstack';
import { workerBundleOptions } from '@congdoan/temporal';

let runtimeInstalled = false;

/**
 * Temporal's Java time-skipping test server, run from Maven Central's jars (the SDK's own download needs the
 * internet): timers of days or weeks complete in milliseconds.
 */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    runtimeInstalled = true;
  }
  const path = await ensureTemporalTestServer();
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
}

/** A worker on the real workflow bundle (built from source with the monorepo's path aliases) and the given activities. */
export function createTestWorker(env: TestWorkflowEnvironment, taskQueue: string, activities: WorkerOptions['activities'], workflowsPath?: string): Promise<Worker> {
  const bundle = workerBundleOptions();
  return Worker.create({ connection: env.nativeConnection, taskQueue, activities, ...bundle, workflowsPath: workflowsPath ?? bundle.workflowsPath });
}
