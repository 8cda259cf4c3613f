import type { DataSource } from 'typeorm';
import type { Person } from '@congdoan/contracts';
import { createDataSource, runMigrations, seedDemoIfEmpty } from '@congdoan/persistence';
import { createTestDatabase } from './test-database';

export interface SeededDatabase {
  db: DataSource;
  /** demo unit ids by issuer code (`CĐVC`, `LĐLĐ`, `CĐCS`) */
  unit: Record<string, string>;
  /** demo users by username */
  person: Record<string, Person>;
  close(): Promise<void>;
}

/** A fresh database with the migrations and the demo organisation, for tests that talk to PostgreSQL directly. */
export async function openSeededDatabase(poolSize?: number): Promise<SeededDatabase> {
  const database = await createTestDatabase();
  const db = await createDataSource({ url: database.url, poolSize }).initialize();
  await runMigrations(db);
  await seedDemoIfEmpty(db);
  const unit: Record<string, string> = {};
  const person: Record<string, Person> = {};
  for (const u of (await db.query(`SELECT id, code FROM org_units`)) as { id: string; code: string }[]) unit[u.code] = u.id;
  for (const u of (await db.query(`SELECT id, username, full_name FROM users`)) as { id: string; username: string; full_name: string }[]) {
    person[u.username] = { userId: u.id, fullName: u.full_name };
  }
  return {
    db,
    unit,
    person,
    async close() {
      await db.destroy();
      await database.drop();
    },
  };
}
