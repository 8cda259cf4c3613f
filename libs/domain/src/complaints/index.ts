export * from './complaint-periods';
export * from './grounds';
export * from './identity-redaction';
export * from './case-data';
