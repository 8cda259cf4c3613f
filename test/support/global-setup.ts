import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureTemporalCli, freePort, startEmbeddedPostgres, startMailCatcher, startTemporalDevServer } from '@congdoan/devstack';
import { type IntegrationServers, SERVERS_ENV } from './servers';

/**
 * Integration tests get their own real servers on free ports, so they run beside `npm start` and never touch its
 * data: a PostgreSQL cluster in a temporary folder (or databases of their own on DATABASE_URL's server, when set)
 * an in-memory Temporal dev server, and a catch-all mail server.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'congdoan-it-'));
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    adminUrl = pg.url('postgres');
    (globalThis as { __pg?: typeof pg }).__pg = pg;
  }
  const binary = await ensureTemporalCli((line) => console.log(line));
  const temporal = await startTemporalDevServer({ binary, port: await freePort() });
  (globalThis as { __temporal?: typeof temporal }).__temporal = temporal;

  const mail = await startMailCatcher({ smtpPort: await freePort(), webPort: await freePort() });
  (globalThis as { __mail?: typeof mail }).__mail = mail;

  const servers: IntegrationServers = { databaseAdminUrl: adminUrl, temporalAddress: temporal.address, smtpUrl: mail.smtpUrl, mailWebUrl: mail.webUrl };
  process.env[SERVERS_ENV] = JSON.stringify(servers);
  console.log(`\nintegration servers up in ${Date.now() - started} ms (PostgreSQL, Temporal ${temporal.address})`);
}
