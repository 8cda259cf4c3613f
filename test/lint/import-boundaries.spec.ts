import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@congdoan/temporal';

const run = promisify(execFile);

/** The architecture's import rules are live: each forbidden import below is an error, not a silently skipped rule. */
describe('import boundaries (ESLint + Nx project graph)', () => {
  // The ESLint CLI, as `npm run lint` runs it (Jest cannot load the ESM config file in-process).
  async function problems(filePath: string, code: string): Promise<string[]> {
    const root = repoRoot();
    const cli = path.join(root, 'node_modules/eslint/bin/eslint.js');
    const linting = run(process.execPath, [cli, '--format', 'json', '--stdin', '--stdin-filename', filePath], { cwd: root });
    linting.child.stdin?.end(code);
    const { stdout } = await linting.catch((err: { stdout: string }) => ({ stdout: err.stdout })); // exit 1 = problems found
    const [result] = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
    return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  }

  it('keeps I/O out of workflow code', async () => {
    const found = await problems('workflows/src/probe.ts', "import { DataSource } from 'typeorm';\nexport const x = DataSource;\n");
    expect(found).toEqual([expect.stringContaining('"type:workflow" is not allowed to import "typeorm"')]);
  });

  it('keeps Node built-ins out of workflow code', async () => {
    const found = await problems('workflows/src/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    expect(found).toEqual([expect.stringContaining('no-restricted-imports')]);
  });

  it('keeps persistence out of workflow code', async () => {
    const found = await problems('workflows/src/probe.ts', "import { UsersRepository } from '@congdoan/persistence';\nexport const x = UsersRepository;\n");
    expect(found).toEqual([expect.stringContaining('can only depend on libs tagged with "type:contracts", "type:domain"')]);
  });

  it('keeps the API away from activity code', async () => {
    const found = await problems('apps/api/src/probe.ts', "import { bindActivities } from '@congdoan/activities';\nexport const x = bindActivities;\n");
    expect(found).toEqual([expect.stringContaining('@nx/enforce-module-boundaries')]);
  });

  it('accepts what the architecture allows', async () => {
    const found = await problems('workflows/src/probe.ts', "import { PROCEDURES_TASK_QUEUE } from '@congdoan/contracts';\nexport const x = PROCEDURES_TASK_QUEUE;\n");
    expect(found).toEqual([]);
  });
});
