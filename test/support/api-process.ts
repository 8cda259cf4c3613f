import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The API (`apps/api/src/main.ts`) as its own OS process, with everything it prints kept for the test to read. */
export interface ApiProcess {
  readonly baseUrl: string;
  output(): string;
  kill(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');

/**
 * Starts the built API (`dist/`, as `npm start` runs it: tsx cannot emit the decorator metadata Nest's injection reads)
 * on `port`, and resolves once /api/health answers 200. `npm test` builds just before the integration tests.
 */
export async function startApiProcess(env: Readonly<Record<string, string>>, port: number, logLevel = 'trace'): Promise<ApiProcess> {
  const main = path.join(ROOT, 'dist/apps/api/src/main.js');
  if (!existsSync(main)) throw new Error(`${main} does not exist: run \`npm run build\` first`);
  const child = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: logLevel },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API process exited before answering:\n${output}`);
    const status = await fetch(`${baseUrl}/api/health`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the API process did not answer /api/health:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    output: () => output,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
