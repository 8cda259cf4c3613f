import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NativeConnection } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { prebuiltWorkflowBundlePath } from '@congdoan/temporal';
import type { AppConfig } from '@congdoan/config';
import { createProcedureWorker } from './create-worker';
import { installRuntimeLogger } from './runtime-logger';
import { WORKER_CONFIG, WorkerModule } from './worker.module';

/** Runs until SIGINT/SIGTERM: Temporal's runtime then drains in-flight tasks, and we close the pool and connection. */
async function main(): Promise<void> {
  const context = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  const config = context.get<AppConfig>(WORKER_CONFIG);
  const logger = installRuntimeLogger(config.logLevel); // before any Temporal connection exists
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  try {
    const worker = await createProcedureWorker(context, connection, config, existsSync(prebuiltWorkflowBundlePath()) ? 'prebuilt' : 'source');
    logger.info({ taskQueue: worker.options.taskQueue, namespace: config.temporal.namespace }, 'worker polling');
    await worker.run();
    logger.info('worker stopped');
  } finally {
    await connection.close();
    await context.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
