export * from './case-data';
export * from './size-caps';
export * from './additions';
