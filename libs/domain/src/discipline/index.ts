export * from './case-data';
export * from './authority';
export * from './cumulative-ballot';
export * from './deferral';
export * from './member-offences';
export * from './periods';
