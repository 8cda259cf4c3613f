/**
 * Everything a benchmark runs against, its own and on free loopback ports: embedded PostgreSQL in a temporary
 * folder, an in-memory headless Temporal dev server, the API and the procedure worker as built by `npm run build`
 * (separate processes, as `npm start` runs them), and the B0 worker. `stop()` undoes whatever was started, in reverse
 * order, also halfway through `start()` (Ctrl-C): start() then gives up at its next step, and stop() waits for that
 * before removing anything, so nothing is written into the temporary folder after it is gone.
 */
import { Client, Connection } from '@temporalio/client';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROCEDURES_TASK_QUEUE } from '@congdoan/contracts';
import { ensureTemporalCli, freePort, startEmbeddedPostgres, startTemporalDevServer } from '@congdoan/devstack';
import { repoRoot } from '@congdoan/temporal';
import { buildApp } from './app-build';
import { B0_TASK_QUEUE } from './baseline.workflows';
import { type Child, exitOk, hasExited, startChild, stopChild } from './processes';

const APP_DATABASE = 'congdoan';
const READY_TIMEOUT_MS = 90_000;
const START_GIVE_UP_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface StackHandles {
  apiUrl: string;
  /** The bench's one Temporal client (the B0 arm), like the API's one Connection per process. */
  temporal: Client;
  /** The maintenance database (to read statistics without adding to them) and the app database's name. */
  adminDatabaseUrl: string;
  appDatabase: string;
}

export class BenchStack {
  private readonly root = repoRoot(__dirname);
  private readonly cleanups: { what: string; run: () => Promise<void> }[] = [];
  private readonly children: Child[] = [];
  private stopping = false;
  private starting: Promise<unknown> = Promise.resolve();

  constructor(private readonly say: (line: string) => void) {}

  start(): Promise<StackHandles> {
    const started = this.startAll();
    this.starting = started.catch(() => undefined);
    return started;
  }

  /** Stops what was started, newest first; safe to call twice, and during start() (which gives up first). */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.race([this.starting, new Promise((resolve) => setTimeout(resolve, START_GIVE_UP_MS).unref())]);
    for (let next = this.cleanups.pop(); next; next = this.cleanups.pop()) {
      await next.run().catch((err: unknown) => console.error(`[bench] stopping ${next?.what}: ${(err as Error).message}`));
    }
  }

  private async startAll(): Promise<StackHandles> {
    const started = Date.now();
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'congdoan-bench-'));
    this.own('temporary folder', () => rm(tmp, { recursive: true, force: true }));
    await chmod(tmp, 0o755); // PostgreSQL runs as its own OS user and must reach its folder inside

    this.say('starting PostgreSQL and Temporal, compiling the API and worker and bundling the workflows…');
    // Each is owned as soon as it is up, and all three settle before a failure is thrown, so none is left running.
    const starting = [
      freePort()
        .then((port) => startEmbeddedPostgres({ dataDir: path.join(tmp, 'postgres'), port, callerHandlesSignals: true }))
        .then((pg) => {
          this.own('PostgreSQL', () => pg.stop());
          return pg;
        }),
      Promise.all([ensureTemporalCli(this.say), freePort()])
        .then(([binary, port]) => startTemporalDevServer({ binary, port }))
        .then((server) => {
          this.own('Temporal dev server', () => stopChild(server.process));
          return server;
        }),
      buildApp(this.root, path.join(tmp, 'app')),
    ] as const;
    await Promise.allSettled(starting);
    const [postgres, temporal, build] = await Promise.all(starting);
    this.checkpoint();
    await postgres.ensureDatabase(APP_DATABASE);

    const connection = await Connection.connect({ address: temporal.address });
    this.own('Temporal client', () => connection.close());
    const client = new Client({ connection });

    const apiPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NODE_PATH: path.join(this.root, 'node_modules'), // the compiled app lives outside the repository
      DATABASE_URL: postgres.url(APP_DATABASE),
      TEMPORAL_ADDRESS: temporal.address,
      JWT_SECRET: randomBytes(32).toString('hex'),
      PAYLOAD_ENCRYPTION_KEY: randomBytes(32).toString('hex'), // the API's client and the procedure worker share it
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      SEED_DEMO: 'true',
    };
    await exitOk(this.spawn('migrate', [build.migrate], env));
    this.spawn('worker', [build.workerMain], { ...env, LOG_LEVEL: 'warn' });
    this.spawn('b0-worker', ['--import', 'tsx', path.join(__dirname, 'baseline.worker.ts')], env);
    this.spawn('api', [build.apiMain], { ...env, LOG_LEVEL: 'silent' });
    const apiUrl = `http://127.0.0.1:${apiPort}`;

    await Promise.all([this.waitForPollers(client, PROCEDURES_TASK_QUEUE), this.waitForPollers(client, B0_TASK_QUEUE), this.waitForApi(apiUrl)]);
    this.say(`stack up in ${((Date.now() - started) / 1000).toFixed(1)} s (API ${apiUrl}, Temporal ${temporal.address})`);
    return { apiUrl, temporal: client, adminDatabaseUrl: postgres.url('postgres'), appDatabase: APP_DATABASE };
  }

  /** The first child that died, with its last output, if any did (a crash explains failed requests). */
  crashed(): string | undefined {
    const dead = this.children.find((c) => c.name !== 'migrate' && hasExited(c.proc));
    return dead && `${dead.name} exited (${dead.proc.exitCode ?? dead.proc.signalCode}):\n  ${dead.tail().join('\n  ')}`;
  }

  private own(what: string, run: () => Promise<void>): void {
    this.cleanups.push({ what, run });
  }

  /** Where start() gives up once stop() was called (Ctrl-C while starting). */
  private checkpoint(): void {
    if (this.stopping) throw new Error('stopping');
  }

  private spawn(name: string, args: string[], env: NodeJS.ProcessEnv): Child {
    this.checkpoint();
    const child = startChild(name, process.execPath, args, { env, cwd: this.root });
    this.children.push(child);
    this.own(name, () => stopChild(child.proc));
    return child;
  }

  private async until(what: string, ready: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!(await ready().catch(() => false))) {
      const crash = this.crashed();
      if (crash) throw new Error(crash);
      this.checkpoint();
      if (Date.now() > deadline) throw new Error(`${what} not ready within ${READY_TIMEOUT_MS / 1000} s`);
      await sleep(250);
    }
  }

  private waitForPollers(client: Client, taskQueue: string): Promise<void> {
    return this.until(`a worker polling ${taskQueue}`, async () => {
      const queue = await client.workflowService.describeTaskQueue({ namespace: 'default', taskQueue: { name: taskQueue } });
      return queue.pollers.length > 0;
    });
  }

  private waitForApi(apiUrl: string): Promise<void> {
    return this.until('the API', async () => (await fetch(`${apiUrl}/api/health`)).status === 200);
  }
}
