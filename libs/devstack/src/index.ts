export * from './cache-dir';
export * from './embedded-postgres';
export * from './free-port';
export * from './run-command';
export * from './temporal-cli';
export * from './temporal-dev-server';
export * from './temporal-test-server';
export * from './compile-tree';
