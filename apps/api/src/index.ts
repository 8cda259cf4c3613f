// What the end-to-end tests start in-process: the same app main.ts serves.
export { createApiApp } from './create-api-app';
