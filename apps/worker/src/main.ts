import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NativeConnection } from '@temporalio/worker';
import type { AppConfig } from '@congdoan/config';
import { createProcedureWorker } from './create-worker';
import { WORKER_CONFIG, WorkerModule } from './worker.module';

/** Runs until SIGINT/SIGTERM: Temporal's runtime then drains in-flight tasks, and we close the pool and connection. */
async function main(): Promise<void> {
  const context = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  const config = context.get<AppConfig>(WORKER_CONFIG);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  try {
    const worker = await createProcedureWorker(context, connection, config);
    console.log(JSON.stringify({ level: 'info', service: 'worker', msg: 'worker polling', taskQueue: worker.options.taskQueue }));
    await worker.run();
  } finally {
    await connection.close();
    await context.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
