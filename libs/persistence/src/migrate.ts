import type { DataSource } from 'typeorm';

/** Any constant shared by every process that migrates this database: replicas started together migrate one at a time. */
const MIGRATION_LOCK_KEY = 872_031_4;

/** Applies pending migrations under a PostgreSQL advisory lock; returns the names it applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
