import type { DataSource } from 'typeorm';
import { DEMO_USERS, createDataSource, runMigrations, seedDemoIfEmpty } from '@congdoan/persistence';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

describe('migrations and the demo seed (real PostgreSQL)', () => {
  let database: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await createDataSource({ url: database.url }).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const tables = async () =>
    ((await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`)) as { tablename: string }[]).map((r) => r.tablename);
  const count = async (table: string) => ((await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n;

  it('applies every migration once; a second run applies nothing', async () => {
    expect(await runMigrations(db)).toEqual(['CreateOrgUnitsUsersRoles1763800000000']);
    expect(await runMigrations(db)).toEqual([]);
    expect(await tables()).toEqual(['org_units', 'role_assignments', 'users']);
  });

  it('reverts cleanly and re-applies', async () => {
    await db.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    expect(await runMigrations(db)).toHaveLength(1);
  });

  it('seeds the demo organisation into an empty database, and never twice', async () => {
    expect(await seedDemoIfEmpty(db)).toBe(true);
    const before = [await count('users'), await count('org_units'), await count('role_assignments')];
    expect(before).toEqual([DEMO_USERS.length, 3, DEMO_USERS.length]);
    expect(await seedDemoIfEmpty(db)).toBe(false);
    expect([await count('users'), await count('org_units'), await count('role_assignments')]).toEqual(before);
  });

  it('runs concurrent seeders safely: exactly one seeds', async () => {
    await db.query('TRUNCATE role_assignments, users, org_units');
    const results = await Promise.all([seedDemoIfEmpty(db), seedDemoIfEmpty(db), seedDemoIfEmpty(db)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await count('users')).toBe(DEMO_USERS.length);
  });

  it('stores no plain password', async () => {
    const rows = (await db.query(`SELECT password_hash FROM users`)) as { password_hash: string }[];
    for (const row of rows) expect(row.password_hash).toMatch(/^\$2[aby]\$10\$/);
  });

  it('keeps usernames unique and lower-case at the database level', async () => {
    await expect(db.query(`INSERT INTO users (username, full_name, password_hash) VALUES ('canbo', 'x', 'x')`)).rejects.toThrow(/users_username_key/);
    await expect(db.query(`INSERT INTO users (username, full_name, password_hash) VALUES ('CanBo2', 'x', 'x')`)).rejects.toThrow(/check constraint/);
  });
});
