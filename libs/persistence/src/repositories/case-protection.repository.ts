import type { DataSource } from 'typeorm';
import { sqlIsoInstant } from './cases.repository';

export type PartyRelation = 'accused' | 'complained-against' | 'decision-signer';
export type AssignmentRole = 'intake' | 'verifier-head' | 'verifier' | 'decider';
export type IdentityReadPurpose = 'case' | 'document' | 'attachment';

export interface CaseParty {
  userId: string;
  relation: PartyRelation;
}

export interface ConflictedPerson extends CaseParty {
  fullName: string;
}

export interface IdentityReadRow {
  at: string;
  userId: string;
  fullName: string;
  purpose: IdentityReadPurpose;
  subjectId: string | null;
}

/**
 * Who a complaint or denunciation is about (conflicts of interest), who is assigned to it, the sealed identity of its
 * denouncer and the audit trail of every read of that identity. The sealing itself is done above this layer: these
 * rows hold only ciphertext.
 */
export class CaseProtectionRepository {
  constructor(private readonly db: DataSource) {}

  /** The people of `userIds` whom the case is about, with how; empty when none has a conflict. */
  async conflictsAmong(caseId: string, userIds: readonly string[]): Promise<ConflictedPerson[]> {
    if (userIds.length === 0) return [];
    return (await this.db.query(
      `SELECT p.user_id AS "userId", p.relation, u.full_name AS "fullName"
         FROM case_parties p JOIN users u ON u.id = p.user_id
        WHERE p.case_id = $1 AND p.user_id = ANY($2::uuid[]) ORDER BY u.full_name`,
      [caseId, userIds],
    )) as ConflictedPerson[];
  }

  /**
   * Whether the user may read the case's protected identity: assigned to the case (received it, verifies it, or
   * decided on it as its leader: người giải quyết), and never someone the case is about. `today` keeps the signature
   * of a time-bound rule; assignments have no end date yet.
   */
  async mayReadIdentity(caseId: string, userId: string, _today: string): Promise<boolean> {
    const [row] = (await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = $1 AND a.user_id = $2)
              AND NOT EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = $1 AND p.user_id = $2) AS may`,
      [caseId, userId],
    )) as { may: boolean }[];
    return row?.may ?? false;
  }

  async sealedIdentity(caseId: string): Promise<string | null> {
    const rows = (await this.db.query(`SELECT sealed FROM protected_identities WHERE case_id = $1`, [caseId])) as { sealed: string }[];
    return rows[0]?.sealed ?? null;
  }

  async recordRead(caseId: string, userId: string, purpose: IdentityReadPurpose, subjectId?: string): Promise<void> {
    await this.db.query(`INSERT INTO identity_reads (case_id, user_id, purpose, subject_id) VALUES ($1, $2, $3, $4)`, [caseId, userId, purpose, subjectId ?? null]);
  }

  /** The audit trail, newest first. */
  async reads(caseId: string, limit = 200): Promise<IdentityReadRow[]> {
    return (await this.db.query(
      `SELECT ${sqlIsoInstant('i.at')} AS at, i.user_id AS "userId", u.full_name AS "fullName", i.purpose, i.subject_id AS "subjectId"
         FROM identity_reads i JOIN users u ON u.id = i.user_id
        WHERE i.case_id = $1 ORDER BY i.at DESC, i.id DESC LIMIT $2`,
      [caseId, limit],
    )) as IdentityReadRow[];
  }
}
