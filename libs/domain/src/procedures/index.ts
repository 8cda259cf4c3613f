export * from './catalog';
export * from './procedure-definition';
export * from './thanh-lap-cdcs.definition';
