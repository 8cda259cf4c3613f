import { Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import type { SystemCheckActivities } from '@congdoan/contracts';

/** Read-only probes for the system-check workflow; safe to retry any number of times. */
export class SystemCheckActivitiesImpl implements SystemCheckActivities {
  constructor(private readonly db: DataSource) {}

  async describeWorker(): Promise<string> {
    return Context.current().info.taskQueue + '@' + process.pid;
  }

  async probeDatabase(): Promise<{ version: string; now: string }> {
    const [row] = (await this.db.query(`SELECT current_setting('server_version') AS version, now() AS now`)) as { version: string; now: Date }[];
    return { version: row.version, now: row.now.toISOString() };
  }
}
