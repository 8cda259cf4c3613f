import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker, type WorkerOptions, type WorkflowBundleWithSourceMap, bundleWorkflowCode } from '@temporalio/worker';
import { ensureTemporalTestServer } from '@congdoan/devstack';
import { workflowBundleOptions } from '@congdoan/temporal';

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

/** Bundling the workflows takes seconds: once per spec file and workflows entry, not once per test's worker. */
const bundles = new Map<string, Promise<WorkflowBundleWithSourceMap>>();

export function bundleOf(workflowsPath?: string): Promise<WorkflowBundleWithSourceMap> {
  const options = workflowBundleOptions();
  const entry = workflowsPath ?? options.workflowsPath;
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = bundleWorkflowCode({ ...options, workflowsPath: entry, logger: new DefaultLogger('WARN') });
    bundles.set(entry, bundle);
  }
  return bundle;
}

/** A worker on the real workflow bundle (built from source with the monorepo's path aliases) and the given activities. */
export async function createTestWorker(env: TestWorkflowEnvironment, taskQueue: string, activities: WorkerOptions['activities'], workflowsPath?: string): Promise<Worker> {
  return Worker.create({ connection: env.nativeConnection, taskQueue, activities, workflowBundle: await bundleOf(workflowsPath) });
}
