// Lint = TypeScript's recommended rules + the architecture's import boundaries (shared/design/architecture.md).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const IO_PACKAGES = ['typeorm', 'pg', '@nestjs/*', '@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'express', 'pino', 'bcryptjs'];
const NODE_BUILTINS = ['fs', 'path', 'crypto', 'http', 'https', 'net', 'os', 'child_process', 'worker_threads', 'process', 'timers'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', '.data/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
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
          ],
        },
      ],
    },
  },
  {
    files: ['workflows/**/*.ts', 'libs/domain/**/*.ts', 'libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NODE_BUILTINS, patterns: [{ group: ['node:*'], message: 'Workflow, domain and contract code is deterministic: no Node built-ins.' }] },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'Read configuration in libs/config, not here.' }],
    },
  },
);
