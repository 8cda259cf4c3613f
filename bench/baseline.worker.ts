/**
 * The B0 worker, a process of its own like the project's worker, with the same cache options; started by
 * bench/stack.ts (`node --import tsx bench/baseline.worker.ts`) with TEMPORAL_ADDRESS set. Stops on SIGTERM/SIGINT.
 */
import path from 'node:path';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { B0_TASK_QUEUE } from './baseline.workflows';

async function main(): Promise<void> {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set');
  Runtime.install({ logger: new DefaultLogger('WARN') }); // the runtime also turns SIGINT/SIGTERM into a drain
  const connection = await NativeConnection.connect({ address });
  try {
    const worker = await Worker.create({
      connection,
      taskQueue: B0_TASK_QUEUE,
      workflowsPath: path.join(__dirname, 'baseline.workflows.ts'),
      maxCachedWorkflows: Number(process.env.WORKER_MAX_CACHED_WORKFLOWS ?? 1000),
      reuseV8Context: true,
    });
    // Orphaned (the bench was killed hard): stop too.
    const parent = process.ppid;
    setInterval(() => process.ppid !== parent && worker.shutdown(), 1000).unref();
    await worker.run();
  } finally {
    await connection.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
