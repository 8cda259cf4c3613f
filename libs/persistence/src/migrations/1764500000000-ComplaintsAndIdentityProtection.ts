import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints and denunciations (domain §6, §7, §9):
 * - case_parties: the users a case is about (the accused, the person complained against, the signer of the
 *   decision complained of). A conflict of interest: they never see the case, act on it or get assigned to it.
 * - case_assignments: the people assigned to work on a case (the UBKT member who received it, the verification
 *   team, the leader who decides it). They are the only ones who may read a denouncer's identity.
 * - protected_identities: the denouncer's identity and the original wording of the letter, sealed (AES-256-GCM with
 *   the configured key); everything else about the case stores the wording with the identity removed.
 * - identity_reads: the audit trail of every read of a protected identity (Luật Tố cáo 2018 Art. 47(2)).
 */
export class ComplaintsAndIdentityProtection1764500000000 implements MigrationInterface {
  name = 'ComplaintsAndIdentityProtection1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_parties (
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        relation text NOT NULL CHECK (relation IN ('accused', 'complained-against', 'decision-signer')),
        PRIMARY KEY (case_id, user_id, relation)
      )`);
    await q.query(`CREATE INDEX case_parties_user_idx ON case_parties (user_id, case_id)`);
    await q.query(`
      CREATE TABLE case_assignments (
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        role text NOT NULL CHECK (role IN ('intake', 'verifier-head', 'verifier', 'decider')),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, user_id, role)
      )`);
    await q.query(`CREATE INDEX case_assignments_user_idx ON case_assignments (user_id, case_id)`);
    await q.query(`
      CREATE TABLE protected_identities (
        case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE identity_reads (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        at timestamptz NOT NULL DEFAULT now(),
        purpose text NOT NULL CHECK (purpose IN ('case', 'document', 'attachment')),
        subject_id uuid
      )`);
    await q.query(`CREATE INDEX identity_reads_case_idx ON identity_reads (case_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE identity_reads`);
    await q.query(`DROP TABLE protected_identities`);
    await q.query(`DROP TABLE case_assignments`);
    await q.query(`DROP TABLE case_parties`);
  }
}
