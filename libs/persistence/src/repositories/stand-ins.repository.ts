import type { DataSource, EntityManager } from 'typeorm';
import { sqlIsoInstant } from './cases.repository';

/** A stand-in (ủy quyền) with the names a list shows. Dates are `YYYY-MM-DD` (Vietnam time), both ends inclusive. */
export interface StandInRow {
  id: string;
  principalUserId: string;
  principalName: string;
  substituteUserId: string;
  substituteName: string;
  orgUnitId: string;
  orgUnitName: string;
  orgUnitCode: string;
  validFrom: string;
  validTo: string;
  scope: string;
  reference: string;
  createdBy: string | null;
  /** ISO 8601 UTC with microseconds: exact, so it serves as the keyset cursor */
  createdAt: string;
}

export interface NewStandIn {
  principalUserId: string;
  substituteUserId: string;
  orgUnitId: string;
  validFrom: string;
  validTo: string;
  scope: string;
  reference: string;
  createdBy: string;
}

/**
 * What recording a stand-in came to. The checks run under a lock on the unit, so two requests cannot both pass them:
 * `replayed` is an identical stand-in already on file (a retried request gets the same one, once); the refusals carry
 * the stand-in they collide with.
 */
export type CreateStandInResult =
  | { outcome: 'created' | 'replayed'; standIn: StandInRow }
  | { outcome: 'principal-is-substitute' | 'substitute-is-away' | 'overlap'; conflicting: StandInRow };

export type EndStandInResult = 'ended' | 'deleted' | 'already-ended' | 'gone';

export interface StandInFilter {
  /** only stand-ins where this user is principal or substitute; undefined: all (an admin) */
  userId?: string;
  /** only those in force on this date */
  inForceOn?: string;
  limit: number;
  /** keyset: the last row of the previous page in `(created_at DESC, id DESC)` order */
  after?: { createdAt: string; id: string };
}

const COLUMNS = `s.id, s.principal_user_id AS "principalUserId", p.full_name AS "principalName",
  s.substitute_user_id AS "substituteUserId", u.full_name AS "substituteName",
  s.org_unit_id AS "orgUnitId", o.name AS "orgUnitName", o.code AS "orgUnitCode",
  s.valid_from::text AS "validFrom", s.valid_to::text AS "validTo", s.scope, s.reference,
  s.created_by AS "createdBy", ${sqlIsoInstant('s.created_at')} AS "createdAt"`;

const FROM = `stand_ins s
  JOIN users p ON p.id = s.principal_user_id
  JOIN users u ON u.id = s.substitute_user_id
  JOIN org_units o ON o.id = s.org_unit_id`;

/** Periods [$from, $to] and [valid_from, valid_to] share a day. */
const OVERLAPS = (from: string, to: string) => `s.valid_from <= ${to}::date AND s.valid_to >= ${from}::date`;

/** Key space of the per-unit lock (two-int form, apart from the seed's single-key lock). */
const STAND_IN_LOCK = 8720316;

export class StandInsRepository {
  constructor(private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<StandInRow | null> {
    const rows = (await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = $1`, [id])) as StandInRow[];
    return rows[0] ?? null;
  }

  /** Checks the chain and overlap rules and inserts, in one transaction holding the unit's lock. */
  create(input: NewStandIn): Promise<CreateStandInResult> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [STAND_IN_LOCK, input.orgUnitId]);
      const first = async (where: string, params: unknown[]): Promise<StandInRow | undefined> =>
        ((await tx.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY s.valid_from LIMIT 1`, params)) as StandInRow[])[0];
      const period = [input.orgUnitId, input.validFrom, input.validTo];

      const same = await first(`s.principal_user_id = $1 AND s.org_unit_id = $2 AND ${OVERLAPS('$3', '$4')}`, [input.principalUserId, ...period]);
      if (same && isSameStandIn(same, input)) return { outcome: 'replayed', standIn: same };
      // No sub-delegation (NĐ 30/2020 Art. 13): someone standing in may not hand the powers on…
      const acting = await first(`s.substitute_user_id = $1 AND s.org_unit_id = $2 AND ${OVERLAPS('$3', '$4')}`, [input.principalUserId, ...period]);
      if (acting) return { outcome: 'principal-is-substitute', conflicting: acting };
      // …and, the same chain written in the other order, someone away may not be made a stand-in.
      const away = await first(`s.principal_user_id = $1 AND s.org_unit_id = $2 AND ${OVERLAPS('$3', '$4')}`, [input.substituteUserId, ...period]);
      if (away) return { outcome: 'substitute-is-away', conflicting: away };
      if (same) return { outcome: 'overlap', conflicting: same };

      const [{ id }] = (await tx.query(
        `INSERT INTO stand_ins (principal_user_id, substitute_user_id, org_unit_id, valid_from, valid_to, scope, reference, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [input.principalUserId, input.substituteUserId, input.orgUnitId, input.validFrom, input.validTo, input.scope, input.reference, input.createdBy],
      )) as { id: string }[];
      const standIn = await this.findById(id, tx);
      if (!standIn) throw new Error(`stand-in ${id} vanished inside its own transaction`);
      return { outcome: 'created', standIn };
    });
  }

  /** Newest first; `limit + 1` rows are read to tell whether another page follows. */
  async list(filter: StandInFilter): Promise<{ items: StandInRow[]; hasMore: boolean }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (filter.userId) {
      const user = param(filter.userId);
      where.push(`(s.principal_user_id = ${user} OR s.substitute_user_id = ${user})`);
    }
    if (filter.inForceOn) {
      const day = param(filter.inForceOn);
      where.push(OVERLAPS(day, day));
    }
    if (filter.after) {
      where.push(`(s.created_at, s.id) < (${param(filter.after.createdAt)}::timestamptz, ${param(filter.after.id)}::uuid)`);
    }
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY s.created_at DESC, s.id DESC LIMIT ${param(filter.limit + 1)}`,
      params,
    )) as StandInRow[];
    return { items: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
  }

  /**
   * Ends a stand-in early, seen from `today`: one that has not started (or starts today, so no earlier day of it can
   * remain) is deleted; one in force stops yesterday; one already over is left as it is.
   */
  end(id: string, today: string): Promise<EndStandInResult> {
    return this.db.transaction(async (tx) => {
      const rows = (await tx.query(`SELECT valid_from::text AS "validFrom", valid_to::text AS "validTo" FROM stand_ins WHERE id = $1 FOR UPDATE`, [
        id,
      ])) as { validFrom: string; validTo: string }[];
      const row = rows[0];
      if (!row) return 'gone';
      if (row.validTo < today) return 'already-ended';
      if (row.validFrom >= today) {
        await tx.query(`DELETE FROM stand_ins WHERE id = $1`, [id]);
        return 'deleted';
      }
      await tx.query(`UPDATE stand_ins SET valid_to = $2::date - 1 WHERE id = $1`, [id, today]);
      return 'ended';
    });
  }
}

function isSameStandIn(row: StandInRow, input: NewStandIn): boolean {
  return (
    row.substituteUserId === input.substituteUserId &&
    row.validFrom === input.validFrom &&
    row.validTo === input.validTo &&
    row.scope === input.scope &&
    row.reference === input.reference
  );
}
