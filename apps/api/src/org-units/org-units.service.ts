import { Injectable } from '@nestjs/common';
import { vietnamDate } from '@congdoan/domain';
import { OrgUnitsRepository } from '@congdoan/persistence';

export interface OrgUnitView {
  id: string;
  name: string;
  code: string;
  level: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

@Injectable()
export class OrgUnitsService {
  constructor(private readonly orgUnits: OrgUnitsRepository) {}

  /** The hierarchy in force on `date` (default: today in Vietnam). */
  async listOn(date: string | undefined): Promise<{ items: OrgUnitView[] }> {
    const units = await this.orgUnits.listOn(date ?? vietnamDate(new Date()));
    return {
      items: units.map((u) => ({ id: u.id, name: u.name, code: u.code, level: u.level, parentId: u.parentId, validFrom: u.validFrom, validTo: u.validTo })),
    };
  }
}
