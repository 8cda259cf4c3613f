export * from './meeting';
export * from './meeting-rules';
