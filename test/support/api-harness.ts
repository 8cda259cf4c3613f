import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createApiApp } from '@congdoan/api';
import { type AppConfig, loadAppConfig } from '@congdoan/config';
import { createDataSource, runMigrations, seedDemoIfEmpty } from '@congdoan/persistence';
import { WORKER_CONFIG, WorkerModule, createProcedureWorker } from '@congdoan/worker';
import { integrationServers } from './servers';
import { type TestDatabase, createTestDatabase } from './test-database';

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestStack {
  baseUrl: string;
  databaseUrl: string;
  /** The environment the API was configured from (DATABASE_URL, TEMPORAL_ADDRESS, JWT_SECRET, PAYLOAD_ENCRYPTION_KEY…): hand it to a worker process of this stack. */
  env: Readonly<Record<string, string>>;
  request<T = Record<string, unknown>>(method: string, path: string, options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<ApiResponse<T>>;
  login(username: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

let runtimeInstalled = false;

/** The web address emails link to in tests. */
export const TEST_PUBLIC_URL = 'https://congdoan.example';

/**
 * The API exactly as `main.ts` builds it, on a fresh migrated and seeded database, listening on a free port; with
 * `worker: true` the procedure worker runs in this process against the integration Temporal server.
 */
export async function startTestStack(options: { worker?: boolean; temporalAddress?: string; env?: Record<string, string> } = {}): Promise<TestStack> {
  const servers = integrationServers();
  const database: TestDatabase = await createTestDatabase();
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    TEMPORAL_ADDRESS: options.temporalAddress ?? servers.temporalAddress,
    JWT_SECRET: randomBytes(32).toString('hex'),
    // The API's client and this stack's workers (in-process or a process of their own, from `env`) share it.
    PAYLOAD_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    BODY_LIMIT: '100kb',
    SMTP_URL: servers.smtpUrl,
    PUBLIC_URL: TEST_PUBLIC_URL,
    ...options.env,
  };
  Object.assign(process.env, env);
  const config: AppConfig = loadAppConfig();

  const db = await createDataSource({ url: database.url }).initialize();
  await runMigrations(db);
  await seedDemoIfEmpty(db);
  await db.destroy();

  let worker: { context: INestApplicationContext; connection: NativeConnection; instance: Worker; running: Promise<void> } | undefined;
  if (options.worker) {
    if (!runtimeInstalled) {
      Runtime.install({ logger: new DefaultLogger('ERROR') });
      runtimeInstalled = true;
    }
    const context = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    const connection = await NativeConnection.connect({ address: config.temporal.address });
    const instance = await createProcedureWorker(context, connection, context.get<AppConfig>(WORKER_CONFIG), 'source');
    worker = { context, connection, instance, running: instance.run() };
  }

  const app: INestApplication = await createApiApp();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const request: TestStack['request'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (the Swagger UI page): keep the text
    }
    return { status: res.status, body: parsed as never, headers: res.headers };
  };

  return {
    baseUrl,
    databaseUrl: database.url,
    env: Object.freeze({ ...env }),
    request,
    async login(username, password = 'demo123') {
      const res = await request<{ accessToken: string }>('POST', '/api/auth/login', { body: { username, password } });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken;
    },
    async stop() {
      await app.close();
      if (worker) {
        worker.instance.shutdown();
        await worker.running;
        await worker.connection.close();
        await worker.context.close();
      }
      await database.drop();
    },
  };
}
