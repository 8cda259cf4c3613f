// Lint = TypeScript's recommended rules + the architecture's import boundaries (shared/design/architecture.md).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const IO_PACKAGES = ['typeorm', 'pg', '@nestjs/*', '@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'express', 'pino', 'bcryptjs'];
const NODE_BUILTINS = ['fs', 'path', 'crypto', 'http', 'https', 'net', 'os', 'child_process', 'worker_threads', 'process', 'timers'];

const DEP_CONSTRAINTS = [
  // Workflows are replayed: deterministic code only.
  { sourceTag: 'type:workflow', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'], bannedExternalImports: IO_PACKAGES },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: IO_PACKAGES },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], bannedExternalImports: IO_PACKAGES },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:data', 'type:infra'] },
  { sourceTag: 'type:activity', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:data', 'type:infra'] },
  // The API starts workflows by name, typed by contracts; it never imports workflow or activity code.
  { sourceTag: 'app:api', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:data', 'type:infra'] },
  { sourceTag: 'app:worker', onlyDependOnLibsWithTags: ['type:activity', 'type:contracts', 'type:domain', 'type:data', 'type:infra'] },
  { sourceTag: 'type:devstack', onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:devstack', 'type:infra', 'type:contracts', 'type:domain', 'type:data'] },
  { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['*'] },
  // The browser app talks to the API over HTTP only: no server library in its bundle.
  { sourceTag: 'app:web', onlyDependOnLibsWithTags: [] },
];

/** `allow` lists the app entry points that only the end-to-end tests may import (to start the API and worker in-process). */
const boundaries = (allow) => ['error', { allow, depConstraints: DEP_CONSTRAINTS }];

export default tseslint.config(
  { ignores: ['apps/web/jest.style-stub.js', '**/dist/**', '**/node_modules/**', '.nx/**', '.data/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': boundaries([]),
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(['@congdoan/api', '@congdoan/worker']) },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['workflows/**/*.ts', 'libs/domain/**/*.ts', 'libs/contracts/**/*.ts'],
    ignores: ['**/*.spec.ts'], // tests may read fixtures from disk
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NODE_BUILTINS, patterns: [{ group: ['node:*'], message: 'Workflow, domain and contract code is deterministic: no Node built-ins.' }] },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'Read configuration in libs/config, not here.' }],
    },
  },
);
