import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who sits on a union body's committees (BCH, BTV, UBKT), in which position, from which date: written when a
 * decision recognises them (a new CĐCS and its BCH now; BCH/BTV recognition and additions later).
 */
export class CreateCommitteeMembers1764200000000 implements MigrationInterface {
  name = 'CreateCommitteeMembers1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE committee_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_unit_id uuid NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (body IN ('BCH', 'BTV', 'UBKT')),
        full_name text NOT NULL CHECK (length(trim(full_name)) > 0),
        position text,
        valid_from date NOT NULL,
        valid_to date,
        source_case_id uuid REFERENCES cases(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_to >= valid_from),
        UNIQUE (source_case_id, body, full_name)
      )`);
    await q.query(`CREATE INDEX committee_members_unit_idx ON committee_members (org_unit_id, body, valid_from)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE committee_members`);
  }
}
