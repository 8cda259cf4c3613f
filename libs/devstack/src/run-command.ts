import { spawn, spawnSync } from 'node:child_process';

/** The full path of `name` on the PATH of `env`, if any. `/bin/sh` by full path, so an odd PATH is still searched. */
export function whichCommand(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const found = spawnSync('/bin/sh', ['-c', `command -v ${name}`], { encoding: 'utf8', env });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export function commandExists(name: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return whichCommand(name, env) !== undefined;
}

/** Runs a long one-off command (a build, a fetch) with its output shown, and fails with its exit code. */
export function runVisible(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}
