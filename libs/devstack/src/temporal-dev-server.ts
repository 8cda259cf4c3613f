import { type ChildProcess, spawn } from 'node:child_process';
import { Connection } from '@temporalio/client';

export interface TemporalDevServer {
  address: string;
  uiUrl?: string;
  process: ChildProcess;
}

/**
 * The real Temporal server (CLI dev server: SQLite persistence in `dbFile`, so cases survive a restart, and the
 * Web UI), on 127.0.0.1. Resolves once the frontend answers.
 */
export async function startTemporalDevServer(options: {
  binary: string;
  /** SQLite file for the history; without it the server keeps everything in memory (tests). */
  dbFile?: string;
  port: number;
  /** Web UI port; without it the server runs headless. */
  uiPort?: number;
  log?: (line: string) => void;
}): Promise<TemporalDevServer> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'warn'];
  args.push(...(options.dbFile ? ['--db-filename', options.dbFile] : []));
  args.push(...(options.uiPort ? ['--ui-port', String(options.uiPort)] : ['--headless']));
  const child = spawn(options.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.log ?? (() => undefined);
  child.stdout?.on('data', (d: Buffer) => log(d.toString().trim()));
  child.stderr?.on('data', (d: Buffer) => log(d.toString().trim()));
  const address = `127.0.0.1:${options.port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Temporal dev server exited (code ${code}) before answering on ${address}; is the port in use?`))),
  );
  await Promise.race([waitForTemporal(address, 60_000), exited]);
  return { address, uiUrl: options.uiPort ? `http://127.0.0.1:${options.uiPort}` : undefined, process: child };
}

export async function waitForTemporal(address: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.close();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`Temporal did not answer on ${address} within ${timeoutMs / 1000} s: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
