/**
 * Commits in the app database (R6), read from pg_stat_database over a connection to the maintenance database, so
 * that reading does not add to what is counted. Also the transaction ids handed out meanwhile (only a transaction
 * that writes gets one: how many of the commits wrote), and the sessions opened: each new connection commits one
 * start-up transaction, and the API's and worker's pools close idle connections after 10 s, so they reconnect after
 * every settling pause below; those commits belong to the pause, not to the actions.
 */
import { Client } from 'pg';

/**
 * Since PostgreSQL 15 a backend flushes its counters when it goes idle at most once a second; what is left waits
 * for the idle timeout (PGSTAT_IDLE_INTERVAL, 10 s). pg_stat_force_next_flush() only flushes the backend calling
 * it, not the API's or the worker's: so wait out that timeout before each reading.
 */
export const STATS_SETTLE_MS = 11_000;

export interface DbCounters {
  commits: number;
  xids: number;
  sessions: number;
}

export class DbStats {
  private constructor(
    private readonly client: Client,
    private readonly database: string,
  ) {}

  static async connect(adminUrl: string, database: string): Promise<DbStats> {
    const client = new Client({ connectionString: adminUrl, application_name: 'bench-stats' });
    await client.connect();
    return new DbStats(client, database);
  }

  async version(): Promise<string> {
    const { rows } = await this.client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return rows[0].v;
  }

  /** The counters once everything done before the call has been flushed. */
  async settledCounters(): Promise<DbCounters> {
    await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS));
    const { rows } = await this.client.query<{ commits: string; xids: string; sessions: string }>(
      `SELECT xact_commit AS commits, pg_snapshot_xmax(pg_current_snapshot())::text AS xids, sessions
         FROM pg_stat_database WHERE datname = $1`,
      [this.database],
    );
    return { commits: Number(rows[0].commits), xids: Number(rows[0].xids), sessions: Number(rows[0].sessions) };
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
