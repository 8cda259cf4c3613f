import type { DataSource } from 'typeorm';
import { OFFICIAL_YEAR_CALENDARS } from '@congdoan/domain';
import { DEMO_USERS, MIGRATIONS, createDataSource, runMigrations, seedDemoIfEmpty } from '@congdoan/persistence';
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
    expect(await runMigrations(db)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await runMigrations(db)).toEqual([]);
    expect(await tables()).toEqual(
      expect.arrayContaining(['calendar_years', 'cases', 'documents', 'notifications', 'org_units', 'role_assignments', 'tasks', 'timeline_events', 'users']),
    );
  });

  it('reverts every migration cleanly and re-applies them', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    expect(await runMigrations(db)).toHaveLength(MIGRATIONS.length);
  });

  it('preloads the official 2024–2026 holiday notices with their sources', async () => {
    const rows = (await db.query(`SELECT year, source, jsonb_array_length(holidays) AS off, working_days FROM calendar_years ORDER BY year`)) as {
      year: number;
      source: string;
      off: number;
      working_days: { date: string }[];
    }[];
    expect(rows.map((r) => [r.year, r.off])).toEqual(OFFICIAL_YEAR_CALENDARS.map((y) => [y.year, y.holidays.length]));
    expect(rows[0].source).toContain('TB 5015/TB-LĐTBXH');
    expect(rows[2].working_days.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('seeds the demo organisation into an empty database, and never twice', async () => {
    expect(await seedDemoIfEmpty(db)).toBe(true);
    const before = [await count('users'), await count('org_units'), await count('role_assignments')];
    expect(before).toEqual([DEMO_USERS.length, 3, DEMO_USERS.length]);
    expect(await seedDemoIfEmpty(db)).toBe(false);
    expect([await count('users'), await count('org_units'), await count('role_assignments')]).toEqual(before);
  });

  it('runs concurrent seeders safely: exactly one seeds', async () => {
    await db.query('DELETE FROM role_assignments; DELETE FROM users; DELETE FROM org_units;');
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
