export * from './case-data';
