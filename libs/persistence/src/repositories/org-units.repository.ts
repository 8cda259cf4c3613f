import type { DataSource } from 'typeorm';
import { OrgUnitEntity } from '../entities/org-unit.entity';

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

  async findByIds(ids: readonly string[]): Promise<OrgUnitEntity[]> {
    if (ids.length === 0) return [];
    return this.db.getRepository(OrgUnitEntity).createQueryBuilder('o').where('o.id IN (:...ids)', { ids }).getMany();
  }

  findById(id: string): Promise<OrgUnitEntity | null> {
    return this.db.getRepository(OrgUnitEntity).findOneBy({ id });
  }
}
