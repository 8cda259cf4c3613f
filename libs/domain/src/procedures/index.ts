export * from './catalog';
export * from './procedure-definition';
export * from './thanh-lap-cdcs.definition';
export * from './khieu-nai.definition';
export * from './to-cao.definition';
