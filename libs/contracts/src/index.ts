export * from './system-check.contract';
export * from './task-queues';
