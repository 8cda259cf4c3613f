import type { ChildProcess } from 'node:child_process';

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { __pg?: { stop(): Promise<void> }; __temporal?: { process: ChildProcess }; __mail?: { process: ChildProcess } };
  await Promise.all([stop(g.__temporal?.process), stop(g.__mail?.process)]);
  await g.__pg?.stop();
}
