import type { DataSource } from 'typeorm';
import { OrgUnitEntity } from '../entities/org-unit.entity';
import { VISIBLE_UNITS_CTE } from './cases.repository';

/** A seat on a union's committee (BCH, BTV or UBKT) as the roster records it. */
export interface CommitteeSeatRow {
  body: string;
  fullName: string;
  /** a position code (`chu-tich`…), or the free text of an older record */
  position: string | null;
  status: 'interim' | 'recognised';
  validFrom: string;
  validTo: string | null;
  decisionNumber: string | null;
  sourceCaseId: string | null;
  userId: string | null;
}

/** The order a roster is read in: bodies, then positions by rank (free-text positions after these). */
const BODY_ORDER = ['BCH', 'BTV', 'UBKT'];
const POSITION_ORDER = ['chu-tich', 'pho-chu-tich', 'uy-vien-btv', 'uy-vien-bch', 'chu-nhiem-ubkt', 'pho-chu-nhiem-ubkt', 'uy-vien-ubkt'];
const textArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;

export class OrgUnitsRepository {
  constructor(private readonly db: DataSource) {}

  /** Units in force on `date` (YYYY-MM-DD), parents before children by name. */
  listOn(date: string): Promise<OrgUnitEntity[]> {
    return this.db
      .getRepository(OrgUnitEntity)
      .createQueryBuilder('o')
      .where('o.validFrom <= :date AND (o.validTo IS NULL OR o.validTo >= :date)', { date })
      .orderBy('o.parentId', 'ASC', 'NULLS FIRST')
      .addOrderBy('o.name')
      .getMany();
  }

  /** Whether user `userId` may see the unit today: a role or stand-in there or above it (its cases, people, roster, register). */
  async visibleTo(orgUnitId: string, userId: string, today: string): Promise<boolean> {
    const rows = (await this.db.query(`WITH RECURSIVE ${VISIBLE_UNITS_CTE} SELECT 1 FROM visible_units WHERE id = $3`, [userId, today, orgUnitId])) as unknown[];
    return rows.length > 0;
  }

  async findByIds(ids: readonly string[]): Promise<OrgUnitEntity[]> {
    if (ids.length === 0) return [];
    return this.db.getRepository(OrgUnitEntity).createQueryBuilder('o').where('o.id IN (:...ids)', { ids }).getMany();
  }

  findById(id: string): Promise<OrgUnitEntity | null> {
    return this.db.getRepository(OrgUnitEntity).findOneBy({ id });
  }

  /**
   * The committee in force on `onDate` (YYYY-MM-DD): interim holders and recognised members, by body (BCH, BTV,
   * UBKT), then position rank (free-text positions last), then name in Vietnamese order (Đ after D, not after Z).
   */
  async committee(orgUnitId: string, onDate: string): Promise<CommitteeSeatRow[]> {
    return (await this.db.query(
      `SELECT m.body, m.full_name AS "fullName", m.position, m.status, m.valid_from::text AS "validFrom", m.valid_to::text AS "validTo",
              m.decision_number AS "decisionNumber", m.source_case_id AS "sourceCaseId", m.user_id AS "userId"
         FROM committee_members m
        WHERE m.org_unit_id = $1 AND m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to >= $2::date)
        ORDER BY array_position(${textArray(BODY_ORDER)}, m.body), array_position(${textArray(POSITION_ORDER)}, m.position) NULLS LAST,
                 m.position NULLS LAST, m.full_name COLLATE "vi-x-icu", m.valid_from`,
      [orgUnitId, onDate],
    )) as CommitteeSeatRow[];
  }

  /**
   * How many members bổ sung cases added to a body of the unit from `since` (the term's start): the basis of the
   * 2/3 (CĐCS) or 1/2 cap (Điều lệ Art. 11(4)). Recognised additions only; one who has left since still counts.
   */
  async committeeAdditionsSince(orgUnitId: string, body: string, since: string): Promise<number> {
    const [{ count }] = (await this.db.query(
      `SELECT count(*)::int AS count
         FROM committee_members m JOIN cases c ON c.id = m.source_case_id
        WHERE m.org_unit_id = $1 AND m.body = $2 AND m.valid_from >= $3::date AND m.status = 'recognised' AND c.procedure_code = 'bo-sung-uy-vien'`,
      [orgUnitId, body, since],
    )) as { count: number }[];
    return count;
  }

  /** The first day of the unit's current term: the latest recognition of a whole committee (after a congress, or at founding); null when none is recorded. */
  async committeeTermStart(orgUnitId: string): Promise<string | null> {
    const [{ start }] = (await this.db.query(
      `SELECT max(m.valid_from)::text AS start
         FROM committee_members m JOIN cases c ON c.id = m.source_case_id
        WHERE m.org_unit_id = $1 AND m.status = 'recognised' AND c.procedure_code IN ('cong-nhan-bch', 'thanh-lap-cdcs')`,
      [orgUnitId],
    )) as { start: string | null }[];
    return start;
  }
  /** The first day of the oldest recognised seat still held: a term's start when no recognition case is on record. */
  async oldestRecognisedSeatStart(orgUnitId: string): Promise<string | null> {
    const [row] = (await this.db.query(
      `SELECT min(valid_from)::text AS start FROM committee_members WHERE org_unit_id = $1 AND status = 'recognised' AND valid_to IS NULL`,
      [orgUnitId],
    )) as { start: string | null }[];
    return row?.start ?? null;
  }

  /** The data of the unit's latest recognised committee dossier (cong-nhan-bch): what its congress decided. */
  async latestCommitteeRecognition(orgUnitId: string): Promise<Record<string, unknown> | null> {
    const [row] = (await this.db.query(
      `SELECT data FROM cases WHERE procedure_code = 'cong-nhan-bch' AND status = 'RECOGNISED' AND data->>'cdcsId' = $1
        ORDER BY closed_at DESC NULLS LAST, created_at DESC LIMIT 1`,
      [orgUnitId],
    )) as { data: Record<string, unknown> }[];
    return row?.data ?? null;
  }

}
