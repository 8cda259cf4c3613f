import type { INestApplicationContext } from '@nestjs/common';
import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { bindActivities } from '@congdoan/activities';
import type { AppConfig } from '@congdoan/config';
import { PROCEDURES_TASK_QUEUE } from '@congdoan/contracts';
import { dataConverterFor, prebuiltWorkflowBundlePath, workerBundleOptions } from '@congdoan/temporal';
import { ACTIVITY_CLASSES } from './worker.module';

/**
 * The procedure worker. `prebuilt` loads the bundle the build step wrote (fast start; what production runs);
 * `source` bundles the workflows from their TypeScript, path aliases included (tests, or no build yet).
 */
export async function createProcedureWorker(
  context: INestApplicationContext,
  connection: NativeConnection,
  config: AppConfig,
  workflowCode: 'prebuilt' | 'source',
  overrides: Partial<WorkerOptions> = {},
): Promise<Worker> {
  const workflows = workflowCode === 'prebuilt' ? { workflowBundle: { codePath: prebuiltWorkflowBundlePath() } } : workerBundleOptions();
  return Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: PROCEDURES_TASK_QUEUE,
    activities: bindActivities(...ACTIVITY_CLASSES.map((cls) => context.get(cls))),
    maxCachedWorkflows: config.worker.maxCachedWorkflows,
    reuseV8Context: true,
    // Payloads are encrypted with the key the API's client uses (PAYLOAD_ENCRYPTION_KEY).
    dataConverter: dataConverterFor(config.secrets.payloadKey),
    ...workflows,
    ...overrides,
  });
}
