// What the end-to-end tests start in-process: the same worker main.ts runs.
export { createProcedureWorker } from './create-worker';
export { WORKER_CONFIG, WorkerModule } from './worker.module';
