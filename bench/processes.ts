import { type ChildProcess, spawn } from 'node:child_process';

/** A child process the bench started, with the tail of its output kept for the error message if it dies. */
export interface Child {
  name: string;
  proc: ChildProcess;
  /** The last lines it printed (stdout and stderr). */
  tail(): string[];
}

const TAIL_LINES = 40;

/** Starts `command` with its output captured (not shown: the bench prints only its table). */
export function startChild(name: string, command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): Child {
  const proc = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(line);
    lines.splice(0, Math.max(0, lines.length - TAIL_LINES));
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  return { name, proc, tail: () => [...lines] };
}

export function hasExited(proc: ChildProcess): boolean {
  return proc.exitCode !== null || proc.signalCode !== null;
}

/** Resolves when the child exits with code 0; rejects with its output otherwise. */
export function exitOk(child: Child): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () =>
      child.proc.exitCode === 0 ? resolve() : reject(new Error(`${child.name} failed (exit ${child.proc.exitCode ?? child.proc.signalCode}):\n  ${child.tail().join('\n  ')}`));
    if (hasExited(child.proc)) done();
    else child.proc.once('exit', done);
  });
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once it is gone (at once if it already is). */
export async function stopChild(proc: ChildProcess, graceMs = 10_000): Promise<void> {
  if (hasExited(proc)) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
