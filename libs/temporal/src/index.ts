export * from './payload-codec';
export * from './temporal-client';
export * from './workflow-bundle';
