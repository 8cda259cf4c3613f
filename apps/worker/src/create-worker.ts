import type { INestApplicationContext } from '@nestjs/common';
import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { bindActivities } from '@congdoan/activities';
import type { AppConfig } from '@congdoan/config';
import { PROCEDURES_TASK_QUEUE } from '@congdoan/contracts';
import { prebuiltWorkflowBundlePath, workflowBundleOptions } from '@congdoan/temporal';
import { ACTIVITY_CLASSES } from './worker.module';

/**
 * The procedure worker. It loads the bundle the build step wrote (fast start, same code as tested); without a
 * build (tests, development) it bundles the workflows from source, path aliases included.
 */
export async function createProcedureWorker(
  context: INestApplicationContext,
  connection: NativeConnection,
  config: AppConfig,
  overrides: Partial<WorkerOptions> = {},
): Promise<Worker> {
  const prebuilt = prebuiltWorkflowBundlePath();
  const workflows = existsSync(prebuilt) && !overrides.workflowsPath ? { workflowBundle: { codePath: prebuilt } } : workflowBundleOptions();
  return Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: PROCEDURES_TASK_QUEUE,
    activities: bindActivities(...ACTIVITY_CLASSES.map((cls) => context.get(cls))),
    maxCachedWorkflows: config.worker.maxCachedWorkflows,
    reuseV8Context: true,
    ...workflows,
    ...overrides,
  });
}
