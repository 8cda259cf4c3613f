export * from './legal-clock';
