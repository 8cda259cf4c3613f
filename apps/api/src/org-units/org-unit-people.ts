import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { DataSource } from 'typeorm';
import { NotFound, ROLES, type Role } from '@congdoan/domain';
import { type OrgUnitsRepository, VISIBLE_UNITS_CTE } from '@congdoan/persistence';

export class OrgUnitPeopleQueryDto {
  @ApiPropertyOptional({ enum: ROLES, description: 'only the holders of this role (a step’s role, for the delegate picker)' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export interface OrgUnitPersonView {
  userId: string;
  fullName: string;
  role: Role;
  /** the position as printed on documents ("Phó Chủ tịch"), when recorded */
  title: string | null;
}

/**
 * Who holds a role in a unit today: the people a step of that unit can be delegated to. Seen by those who may see the
 * unit's cases (a role or stand-in in it or above it), so the list never reveals the staff of an unrelated unit.
 */
export class OrgUnitPeople {
  constructor(
    private readonly db: DataSource,
    private readonly orgUnits: OrgUnitsRepository,
  ) {}

  async list(unitId: string, userId: string, today: string, role?: Role): Promise<{ items: OrgUnitPersonView[] }> {
    const rows = (await this.db.query(
      `WITH RECURSIVE ${VISIBLE_UNITS_CTE}
       SELECT u.id AS "userId", u.full_name AS "fullName", r.role, r.title
         FROM (SELECT 1 FROM visible_units WHERE id = $3) AS seen
         JOIN role_assignments r ON r.org_unit_id = $3
          AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)
          AND ($4::text IS NULL OR r.role = $4::text)
         JOIN users u ON u.id = r.user_id AND u.active
        ORDER BY r.role, u.full_name, u.id`,
      [userId, today, unitId, role ?? null],
    )) as OrgUnitPersonView[];
    // Asked only when nobody was listed, to tell "no one holds that role" (200, empty) from "not yours to see" (404).
    if (rows.length === 0 && !(await this.orgUnits.visibleTo(unitId, userId, today))) throw new NotFound('đơn vị', 'Org unit', unitId);
    return { items: rows };
  }

}
