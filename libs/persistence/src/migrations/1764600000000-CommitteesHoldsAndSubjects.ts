import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Committees, holds and the unit a case is about (domain §3, §4, §5):
 * - committee_members: `interim` (the elected chair, vice-chairs and UBKT chair act from the announced result, before
 *   the QĐ) or `recognised` (from the decision's date, with its number); the member's account when they have one.
 * - case_holds: a commendation held because a nominee is the subject of an open discipline, complaint or
 *   denunciation case (NĐ 152/2025 Art. 4); released, not deleted, when that no longer holds.
 * - cases.subject_unit_id: the lower union a case is about (a committee recognition's CĐCS): it sees its own dossier
 *   at the upper union.
 * - case_parties: the person a discipline case is about (`disciplined`).
 */
export class CommitteesHoldsAndSubjects1764600000000 implements MigrationInterface {
  name = 'CommitteesHoldsAndSubjects1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE committee_members
        ADD COLUMN status text NOT NULL DEFAULT 'recognised' CONSTRAINT committee_members_status_check CHECK (status IN ('interim', 'recognised')),
        ADD COLUMN user_id uuid NULL REFERENCES users(id),
        ADD COLUMN decision_number text NULL`);
    await q.query(`
      CREATE TABLE case_holds (
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        held_by_case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        nominee text NOT NULL,
        placed_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz NULL,
        PRIMARY KEY (case_id, held_by_case_id, nominee)
      )`);
    // "Which cases does this one hold?" when it closes.
    await q.query(`CREATE INDEX case_holds_held_by_idx ON case_holds (held_by_case_id) WHERE released_at IS NULL`);
    await q.query(`ALTER TABLE cases ADD COLUMN subject_unit_id uuid NULL REFERENCES org_units(id)`);
    // The lower union's own cases at the upper union, newest first (the case list scans it per visible unit).
    await q.query(`CREATE INDEX cases_subject_unit_created_idx ON cases (subject_unit_id, created_at DESC, id DESC) WHERE subject_unit_id IS NOT NULL`);
    await q.query(`ALTER TABLE case_parties DROP CONSTRAINT IF EXISTS case_parties_relation_check`);
    await q.query(`
      ALTER TABLE case_parties ADD CONSTRAINT case_parties_relation_check
        CHECK (relation IN ('accused', 'complained-against', 'decision-signer', 'disciplined'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The earlier schema knows neither discipline parties nor interim members: they go, rather than read as something else.
    await q.query(`DELETE FROM case_parties WHERE relation = 'disciplined'`);
    await q.query(`ALTER TABLE case_parties DROP CONSTRAINT case_parties_relation_check`);
    await q.query(`
      ALTER TABLE case_parties ADD CONSTRAINT case_parties_relation_check
        CHECK (relation IN ('accused', 'complained-against', 'decision-signer'))`);
    await q.query(`DROP INDEX cases_subject_unit_created_idx`);
    await q.query(`ALTER TABLE cases DROP COLUMN subject_unit_id`);
    await q.query(`DROP TABLE case_holds`);
    await q.query(`DELETE FROM committee_members WHERE status = 'interim'`);
    await q.query(`ALTER TABLE committee_members DROP COLUMN decision_number, DROP COLUMN user_id, DROP COLUMN status`);
  }
}
