export * from './case-activities.contract';
export * from './case-workflow.contract';
export * from './email-activities.contract';
export * from './system-check.contract';
export * from './task-queues';
