import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The procedure worker (`apps/worker/src/main.ts`) as a separate OS process, as production runs it. */
export interface WorkerProcess {
  readonly pid: number;
  /** Resolves once the worker logs 'worker polling'; rejects when it exits or times out first. */
  readonly polling: Promise<void>;
  /** Resolves with how the process ended; never rejects. */
  readonly exited: Promise<WorkerExit>;
  /** What it printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown hook, no drain, no goodbye to Temporal. Resolves once the process is gone. */
  kill(): Promise<WorkerExit>;
}

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT_LIMIT = 64_000;

/**
 * Starts the worker from source with tsx's loader, in ONE process: `node --import tsx main.ts`. (tsx's CLI would run
 * the script in a second, child node process, so a SIGKILL of the CLI would leave the real worker running.) tsx reads
 * tsconfig.json from the repository root for the `@congdoan/*` aliases. The caller kills what it starts, in afterAll.
 *
 * The worker loads `dist/workflow-bundle.js` when it exists, else bundles the workflows from source (main.ts decides;
 * it is not changed for tests). `npm test` runs the build step, which writes that bundle from this tree, just before
 * the integration tests.
 */
export function startWorkerProcess(env: Readonly<Record<string, string>>, options: { pollingTimeoutMs?: number; logLevel?: 'info' | 'debug' | 'trace'; outputLimit?: number } = {}): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: options.logLevel ?? 'info' }, // at least info: the 'worker polling' line
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('the worker process did not start');

  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-(options.outputLimit ?? OUTPUT_LIMIT));
  };
  child.stderr!.on('data', keep);

  const exited = new Promise<WorkerExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const timeoutMs = options.pollingTimeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const polling = new Promise<void>((resolve, reject) => {
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      if (lines.some(isPollingLine)) resolve();
    });
    timer = setTimeout(() => reject(new Error(`worker ${child.pid} not polling after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    void exited.then((exit) => reject(new Error(`worker ${child.pid} exited (${exit.signal ?? exit.code}) before polling:\n${output}`)));
  }).finally(() => clearTimeout(timer));
  polling.catch(() => undefined); // awaited by the test; no unhandled rejection when it is not

  return {
    pid: child.pid,
    polling,
    exited,
    output: () => output,
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
  };
}

/**
 * Workflow sources changed after `dist/workflow-bundle.js` was built, which the worker processes would not run (the
 * bundle holds workflows/ and the only libraries it may import, contracts and domain). Empty without a bundle.
 */
export function sourcesNewerThanWorkflowBundle(): string[] {
  const bundle = path.join(ROOT, 'dist/workflow-bundle.js');
  if (!existsSync(bundle)) return [];
  const builtAt = statSync(bundle).mtimeMs;
  return ['workflows/src', 'libs/contracts/src', 'libs/domain/src']
    .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && statSync(path.join(ROOT, file)).mtimeMs > builtAt);
}

function isPollingLine(line: string): boolean {
  try {
    return (JSON.parse(line) as { msg?: unknown }).msg === 'worker polling';
  } catch {
    return false;
  }
}
