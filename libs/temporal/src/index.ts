export * from './temporal-client';
export * from './workflow-bundle';
