/**
 * `npm start`: brings up the whole local stack and keeps it running. Real parts only: PostgreSQL (embedded unless
 * DATABASE_URL is set), the Temporal dev server (unless TEMPORAL_ADDRESS is set), then migrations and the demo seed,
 * the worker and the API. Ctrl-C or SIGTERM stops every process it started; a second start reuses .data/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { PROCEDURES_TASK_QUEUE, SYSTEM_CHECK_WORKFLOW, type SystemCheckResult, systemCheckWorkflowId } from '@congdoan/contracts';
import { type EmbeddedPostgresHandle, ensureTemporalCli, portInUse, startEmbeddedPostgres, startMailCatcher, startTemporalDevServer } from '@congdoan/devstack';
import { DEMO_PASSWORD, DEMO_USERS } from '@congdoan/persistence';
import { parseSecretKey } from '@congdoan/secrets';
import { dataConverterFor, repoRoot } from '@congdoan/temporal';

const root = repoRoot(__dirname);
const env = process.env;
const DATA_DIR = path.resolve(root, env.DATA_DIR ?? '.data');
const PORT = Number(env.PORT ?? 3000);
const PG_PORT = Number(env.EMBEDDED_PG_PORT ?? 54329);
const TEMPORAL_PORT = Number(env.TEMPORAL_PORT ?? 7233);
const TEMPORAL_UI_PORT = Number(env.TEMPORAL_UI_PORT ?? 8233);
const MAIL_SMTP_PORT = Number(env.MAIL_SMTP_PORT ?? 1025);
const MAIL_WEB_PORT = Number(env.MAIL_WEB_PORT ?? 1080);

const children: { name: string; proc: ChildProcess }[] = [];
let postgres: EmbeddedPostgresHandle | undefined;
let stopping = false;

const say = (line: string) => console.log(`[start] ${line}`);

function prefixOutput(name: string, proc: ChildProcess): void {
  for (const stream of [proc.stdout, proc.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) console.log(`[${name}] ${line}`);
    });
  }
}

function startNode(name: string, script: string, extraEnv: NodeJS.ProcessEnv): ChildProcess {
  const proc = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist', script)], {
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixOutput(name, proc);
  children.push({ name, proc });
  proc.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[start] ${name} stopped unexpectedly (code ${code}, signal ${signal}); stopping everything`);
      void shutdown(1);
    }
  });
  return proc;
}

function runToEnd(name: string, script: string, extraEnv: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist', script)], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    prefixOutput(name, proc);
    proc.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit code ${code})`))));
  });
}

async function stopChild(proc: ChildProcess, graceMs: number): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  // API and worker first (they drain), then Temporal and the mail catcher, then the database they use.
  for (const name of ['api', 'worker', 'temporal', 'mail']) {
    const child = children.find((c) => c.name === name);
    if (child) await stopChild(child.proc, 15_000);
  }
  if (postgres) await postgres.stop().catch(() => undefined);
  say('stopped; no process left running');
  process.exit(code);
}

/** A secret kept in the data folder, made by `make` on the first start: a second start reuses it. */
async function persistentSecret(file: string, make = () => randomBytes(48).toString('base64url')): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = make();
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

function parseKey(name: string, value: string): Buffer {
  try {
    return parseSecretKey(value);
  } catch (err) {
    throw new Error(`${name}: ${(err as Error).message}`);
  }
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the API did not report healthy at ${url} within ${timeoutMs / 1000} s`);
}

async function systemCheck(address: string, namespace: string, payloadKey: Buffer): Promise<SystemCheckResult> {
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection, namespace, dataConverter: dataConverterFor(payloadKey) });
    return await client.workflow.execute(SYSTEM_CHECK_WORKFLOW, {
      taskQueue: PROCEDURES_TASK_QUEUE,
      workflowId: systemCheckWorkflowId(`start-${Date.now()}`),
      args: [{ requestedBy: 'npm start' }],
      workflowExecutionTimeout: '30 seconds',
    });
  } finally {
    await connection.close();
  }
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  // npm does not pass a SIGTERM sent to it alone on to us: when our parent goes away, stop too, never orphan the stack.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void shutdown(0), 1000).unref();
  const started = Date.now();
  await mkdir(DATA_DIR, { recursive: true });
  if (await portInUse(PORT)) throw new Error(`port ${PORT} is in use (is another npm start running?); set PORT to use another`);
  // The key of what Temporal stores, checked before anything starts: without it the cases in .data/temporal.db are unreadable.
  const payloadKey = env.PAYLOAD_ENCRYPTION_KEY ?? (await persistentSecret(path.join(DATA_DIR, 'payload-key'), () => randomBytes(32).toString('hex')));
  const payloadKeyBytes = parseKey('PAYLOAD_ENCRYPTION_KEY', payloadKey);

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    say(`PostgreSQL: starting the embedded server on 127.0.0.1:${PG_PORT} (data in ${path.join(DATA_DIR, 'postgres')})`);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port: PG_PORT, callerHandlesSignals: true });
    await postgres.ensureDatabase('congdoan');
    databaseUrl = postgres.url('congdoan');
  } else say('PostgreSQL: using DATABASE_URL');

  let temporalAddress = env.TEMPORAL_ADDRESS;
  let temporalUi = env.TEMPORAL_UI_URL;
  if (!temporalAddress) {
    const binary = await ensureTemporalCli(say);
    say(`Temporal: starting the dev server on 127.0.0.1:${TEMPORAL_PORT} (history in ${path.join(DATA_DIR, 'temporal.db')})`);
    const server = await startTemporalDevServer({ binary, dbFile: path.join(DATA_DIR, 'temporal.db'), port: TEMPORAL_PORT, uiPort: TEMPORAL_UI_PORT, log: (l) => console.log(`[temporal] ${l}`) });
    children.push({ name: 'temporal', proc: server.process });
    server.process.once('exit', () => !stopping && void shutdown(1));
    temporalAddress = server.address;
    temporalUi = server.uiUrl;
  } else say(`Temporal: using TEMPORAL_ADDRESS=${temporalAddress}`);

  let smtpUrl = env.SMTP_URL;
  let mailWeb: string | undefined;
  if (!smtpUrl) {
    say(`Email: no SMTP_URL, starting a local mail catcher on 127.0.0.1:${MAIL_SMTP_PORT} (mail kept in ${path.join(DATA_DIR, 'mail')})`);
    const catcher = await startMailCatcher({ smtpPort: MAIL_SMTP_PORT, webPort: MAIL_WEB_PORT, mailDir: path.join(DATA_DIR, 'mail'), log: (l) => console.log(`[mail] ${l}`) });
    children.push({ name: 'mail', proc: catcher.process });
    catcher.process.once('exit', () => !stopping && void shutdown(1));
    smtpUrl = catcher.smtpUrl;
    mailWeb = catcher.webUrl;
  } else say('Email: sending through SMTP_URL');

  const appEnv: NodeJS.ProcessEnv = {
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    PORT: String(PORT),
    HOST: env.HOST ?? '127.0.0.1', // a demo with known passwords stays on this machine unless HOST says otherwise
    JWT_SECRET: env.JWT_SECRET ?? (await persistentSecret(path.join(DATA_DIR, 'jwt-secret'))),
    PAYLOAD_ENCRYPTION_KEY: payloadKey,
    SEED_DEMO: env.SEED_DEMO ?? 'true',
    SMTP_URL: smtpUrl,
    PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${PORT}`,
  };
  await runToEnd('migrate', 'apps/api/src/migrate.js', appEnv);
  startNode('worker', 'apps/worker/src/main.js', appEnv);
  startNode('api', 'apps/api/src/main.js', { ...appEnv, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' });

  const apiUrl = `http://localhost:${PORT}`;
  await waitForHealth(`${apiUrl}/api/health`, 60_000);
  const check = await systemCheck(temporalAddress, env.TEMPORAL_NAMESPACE ?? 'default', payloadKeyBytes);
  say(`system check passed: API → Temporal → worker (${check.workerIdentity}) → PostgreSQL ${check.databaseVersion}`);

  console.log(
    [
      '',
      `  Hệ thống đã sẵn sàng / the stack is up (${Math.round((Date.now() - started) / 1000)} s)`,
      `  Web UI          ${apiUrl}/   (đăng nhập bằng tài khoản demo bên dưới / sign in with a demo account below)`,
      `  API             ${apiUrl}/api`,
      `  Swagger UI      ${apiUrl}/api/docs   (OpenAPI JSON: ${apiUrl}/api/docs-json)`,
      `  Health          ${apiUrl}/api/health`,
      `  Temporal Web UI ${temporalUi ?? '(managed outside npm start)'}`,
      `  Email (thư)     ${mailWeb ? `${mailWeb}   (every email the system sends lands here)` : 'sent through SMTP_URL'}`,
      '',
      `  Tài khoản demo / demo accounts (password "${DEMO_PASSWORD}"):`,
      ...DEMO_USERS.map((u) => `    ${u.username.padEnd(11)} ${u.fullName} — ${u.who}`),
      '',
      `  Try: curl -s -X POST ${apiUrl}/api/auth/login -H 'content-type: application/json' -d '{"username":"canbo","password":"${DEMO_PASSWORD}"}'`,
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(`[start] failed: ${err instanceof Error ? err.message : String(err)}`);
  void shutdown(1);
});
