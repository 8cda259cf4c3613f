export * from './file-store';
export * from './local-folder-file-store';
