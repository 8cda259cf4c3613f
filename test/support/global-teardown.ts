import type { ChildProcess } from 'node:child_process';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { __pg?: { stop(): Promise<void> }; __temporal?: { process: ChildProcess } };
  const temporal = g.__temporal?.process;
  if (temporal && temporal.exitCode === null) {
    const exited = new Promise((resolve) => temporal.once('exit', resolve));
    temporal.kill('SIGTERM');
    await exited;
  }
  await g.__pg?.stop();
}
