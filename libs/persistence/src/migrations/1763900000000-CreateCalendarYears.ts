import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OFFICIAL_YEAR_CALENDARS } from '@congdoan/domain';

/**
 * One row per year whose official notice was entered; other years use the computed, provisional defaults. Preloads
 * the official 2024–2026 schedules (with their sources) from libs/domain: closed history, so a correction goes
 * through an admin's PUT or a new migration, never an edit of this one.
 */
export class CreateCalendarYears1763900000000 implements MigrationInterface {
  name = 'CreateCalendarYears1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_years (
        year integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2100),
        source text NOT NULL CHECK (length(trim(source)) > 0),
        holidays jsonb NOT NULL,
        working_days jsonb NOT NULL,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const y of OFFICIAL_YEAR_CALENDARS) {
      await q.query(`INSERT INTO calendar_years (year, source, holidays, working_days) VALUES ($1, $2, $3, $4)`, [
        y.year,
        y.source,
        JSON.stringify(y.holidays),
        JSON.stringify(y.workingDays),
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_years`);
  }
}
