import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The organisation, its users and their roles per unit. */
export class CreateOrgUnitsUsersRoles1763800000000 implements MigrationInterface {
  name = 'CreateOrgUnitsUsersRoles1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org_units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        code text NOT NULL CHECK (length(trim(code)) > 0),
        level text NOT NULL CHECK (level IN ('central', 'province', 'upper-grassroots', 'grassroots')),
        parent_id uuid REFERENCES org_units(id) ON DELETE RESTRICT,
        valid_from date NOT NULL DEFAULT CURRENT_DATE,
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE INDEX org_units_parent_idx ON org_units (parent_id)`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 64),
        full_name text NOT NULL CHECK (length(trim(full_name)) > 0),
        email text,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_username_key ON users (username)`);
    await q.query(`
      CREATE TABLE role_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        org_unit_id uuid NOT NULL REFERENCES org_units(id) ON DELETE RESTRICT,
        role text NOT NULL CHECK (role IN ('admin', 'leader', 'officer', 'ubkt', 'clerk', 'cdcs-chair')),
        title text,
        valid_from date NOT NULL DEFAULT CURRENT_DATE,
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_to >= valid_from),
        UNIQUE (user_id, org_unit_id, role, valid_from)
      )`);
    await q.query(`CREATE INDEX role_assignments_user_idx ON role_assignments (user_id)`);
    await q.query(`CREATE INDEX role_assignments_unit_role_idx ON role_assignments (org_unit_id, role)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE role_assignments`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE org_units`);
  }
}
