export * from './calendar';
export * from './domain-error';
export * from './org-levels';
export * from './roles';
export * from './vietnam-time';
export * from './clock';
export * from './procedures';
export * from './complaints';
